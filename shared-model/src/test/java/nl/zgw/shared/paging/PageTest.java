package nl.zgw.shared.paging;

import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void emptySetHasOnePageWithoutLinks() {
        Page<String> page = Page.of(PageRequest.parse(null), 0, List.of(), URI.create("http://h/zaken/api/v1/zaken"));
        assertThat(page.count()).isZero();
        assertThat(page.next()).isNull();
        assertThat(page.previous()).isNull();
        PageRequest.parse("1").requireExists(0);
    }

    @Test
    void exactlyFullLastPageHasNoNext() {
        Page<String> page = Page.of(new PageRequest(2, 2), 4, List.of("c", "d"), URI.create("http://h/x?page=2"));
        assertThat(page.next()).isNull();
        assertThat(page.previous()).hasToString("http://h/x?page=1");
    }

    @Test
    void encodedParametersStayEncoded() {
        URI next = PageLinks.withPage(URI.create("http://h/x?identificatie=a%26b&page=1"), 2);
        assertThat(next).hasToString("http://h/x?identificatie=a%26b&page=2");
    }

    @Test
    void offsetsCountFromOne() {
        assertThat(new PageRequest(3, 100).offset()).isEqualTo(200);
    }

    @Test
    void pageSizeIsBounded() {
        assertThatThrownBy(() -> PageRequest.parse("1", "501", 100)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PageRequest.parse("1", "0", 100)).isInstanceOf(ValidationException.class);
        assertThat(PageRequest.parse("1", "50", 100).pageSize()).isEqualTo(50);
    }

    @Test
    void pagePastTheEndIsNotFound() {
        assertThatThrownBy(() -> new PageRequest(2, 100).requireExists(100)).isInstanceOf(NotFoundException.class);
        new PageRequest(2, 100).requireExists(101);
    }
}
