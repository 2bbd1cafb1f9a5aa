package nl.zgw.shared.sql;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WhereTest {

    private static final Set<String> GETELD = Set.of("zaaktype", "bronorganisatie");

    @Test
    void equalityOnCountedColumnsOnlyCanReadACountTable() {
        assertThat(new Where().onlyEqualityOn(GETELD)).isTrue();
        assertThat(new Where().and("zaaktype = ?", "t").in("bronorganisatie", List.of("1", "2"))
                .onlyEqualityOn(GETELD)).isTrue();
    }

    @Test
    void anyOtherConditionCannot() {
        assertThat(new Where().and("startdatum = ?", "2020-01-01").onlyEqualityOn(GETELD)).isFalse();
        assertThat(new Where().and("zaaktype = ?", "t").and("bronorganisatie <> ?", "1").onlyEqualityOn(GETELD)).isFalse();
        assertThat(new Where().and("zaaktype = lower(?)", "t").onlyEqualityOn(GETELD)).isFalse();
        assertThat(new Where().and("zaaktype IS NULL").onlyEqualityOn(GETELD)).isFalse();
        assertThat(new Where().in("zaaktype", List.of()).onlyEqualityOn(GETELD)).as("matches nothing: false").isFalse();
        assertThat(new Where().and("x.zaaktype = ?", "t").onlyEqualityOn(GETELD)).isFalse();
        // conditions the lists of zaken make besides their filters
        assertThat(new Where().in("uuid", List.of("u")).onlyEqualityOn(GETELD)).isFalse();
        assertThat(new Where().and("EXISTS (SELECT 1 FROM zaak_onderdeel r WHERE r.zaak = zaak.uuid AND r.soort = ?)", "rol")
                .onlyEqualityOn(GETELD)).isFalse();
        assertThat(new Where().and("vertrouwelijkheid_rank <= ?", 2).onlyEqualityOn(GETELD)).isFalse();
    }

    @Test
    void oneValueIsAnEqualitySoPostgresqlCanKeepItsPlan() {
        java.util.UUID one = java.util.UUID.randomUUID();
        Where single = new Where().in("uuid", Set.of(one));
        assertThat(single.sql()).isEqualTo(" WHERE uuid = ?");
        assertThat(single.params()).containsExactly(one);
        Where two = new Where().in("uuid", List.of("a", "b"));
        assertThat(two.sql()).isEqualTo(" WHERE uuid = ANY(?)");
        assertThat(two.params()).containsExactly(List.of("a", "b"));
        assertThat(new Where().in("uuid", List.of()).sql()).isEqualTo(" WHERE false");
        assertThat(new Where().in("zaaktype", List.of("t")).onlyEqualityOn(GETELD)).isTrue();
    }

    @Test
    void aPageIsWrittenIntoTheTextAsNumbers() {
        assertThat(Where.page(0, 100)).isEqualTo(" OFFSET 0 LIMIT 100");
        assertThat(Where.page(99_900, 100)).isEqualTo(" OFFSET 99900 LIMIT 100");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Where.page(-1, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
