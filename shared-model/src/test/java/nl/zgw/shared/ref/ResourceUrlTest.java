package nl.zgw.shared.ref;

import nl.zgw.shared.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceUrlTest {

    private static final String ZAAK = "https://zaken.example.nl/zaken/api/v1/zaken/0b5f5a1c-8d8e-4a53-9bd2-7bdf8a2a7c4a";

    @Test
    void parsesUuidAndSegments() {
        ResourceUrl url = ResourceUrl.of(ZAAK);
        assertThat(url.uuid()).contains(UUID.fromString("0b5f5a1c-8d8e-4a53-9bd2-7bdf8a2a7c4a"));
        assertThat(url.segments()).containsExactly("zaken", "api", "v1", "zaken", "0b5f5a1c-8d8e-4a53-9bd2-7bdf8a2a7c4a");
    }

    @Test
    void onlyTheCanonicalUuidFormCounts() {
        assertThat(ResourceUrl.of("https://h/zaken/1-2-3-4-5").uuid()).isEmpty();
    }

    @Test
    void dotSegmentsCannotEscapeTheBase() {
        assertThat(ResourceUrl.of("https://h/zaken/api/v1/../../other/x").isUnder(URI.create("https://h/zaken/api/v1")))
                .isFalse();
    }

    @Test
    void noUuidWhenLastSegmentIsNotOne() {
        assertThat(ResourceUrl.of("https://h/zaken/api/v1/zaken").uuid()).isEmpty();
        assertThat(ResourceUrl.of("https://h").uuid()).isEmpty();
    }

    @Test
    void isUnderComparesSchemeHostPortAndPathPrefix() {
        ResourceUrl url = ResourceUrl.of(ZAAK);
        assertThat(url.isUnder(URI.create("https://zaken.example.nl/zaken/api/v1"))).isTrue();
        assertThat(url.isUnder(URI.create("https://zaken.example.nl:443/zaken/api/v1/"))).isTrue();
        assertThat(url.isUnder(URI.create("http://zaken.example.nl/zaken/api/v1"))).isFalse();
        assertThat(url.isUnder(URI.create("https://other.example.nl/zaken/api/v1"))).isFalse();
        assertThat(url.isUnder(URI.create("https://zaken.example.nl:8443/zaken/api/v1"))).isFalse();
        assertThat(url.isUnder(URI.create("https://zaken.example.nl/zaken/api/v11"))).isFalse();
    }

    @Test
    void rejectsWhatIsNotAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> ResourceUrl.of("/zaken/api/v1/zaken")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResourceUrl.of("ftp://h/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResourceUrl.of("mailto:a@b.nl")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseGivesFieldErrorsWithZgwCodes() {
        assertThat(codeOf(() -> ResourceUrl.parse("zaaktype", "not a url"))).isEqualTo("invalid");
        assertThat(codeOf(() -> ResourceUrl.parse("zaaktype", ""))).isEqualTo("blank");
        assertThat(codeOf(() -> ResourceUrl.parse("zaaktype", null))).isEqualTo("required");
        assertThat(codeOf(() -> ResourceUrl.parse("informatieobject", "https://h/" + "a".repeat(200), 200)))
                .isEqualTo("max_length");
        assertThat(codeOf(() -> ResourceUrl.parse("zaaktype", "https://h/" + "a".repeat(1000)))).isEqualTo("max_length");
        ValidationException e = (ValidationException) catchIt(() -> ResourceUrl.parse("zaaktype", "x"));
        assertThat(e.invalidParams().get(0).name()).isEqualTo("zaaktype");
    }

    @Test
    void converterRoundTrips() {
        ResourceUrlConverter converter = new ResourceUrlConverter();
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(ResourceUrl.of(ZAAK))))
                .isEqualTo(ResourceUrl.of(ZAAK));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    private static String codeOf(Runnable r) {
        return ((ValidationException) catchIt(r)).invalidParams().get(0).code();
    }

    private static Throwable catchIt(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected an exception");
    }
}
