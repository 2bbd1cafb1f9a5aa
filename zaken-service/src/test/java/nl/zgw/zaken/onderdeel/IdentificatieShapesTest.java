package nl.zgw.zaken.onderdeel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import nl.zgw.shared.problem.FieldValidationError;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class IdentificatieShapesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final IdentificatieShapes shapes = new IdentificatieShapes(MAPPER);

    @Test
    void geldigNatuurlijkPersoonGeeftGeenFouten() {
        ObjectNode persoon = natuurlijkPersoon();
        persoon.put("onbekendVeld", 42); // unknown keys are ignored

        assertThat(rol("natuurlijk_persoon", persoon)).isEmpty();
    }

    @Test
    void bsnVanTienTekensIsTeLang() {
        assertErrors(rol("natuurlijk_persoon", natuurlijkPersoon().put("inpBsn", "1234567890")))
                .containsExactly(tuple("betrokkeneIdentificatie.inpBsn", "max_length"));
    }

    @Test
    void geslachtsaanduidingBuitenDeKeuzes() {
        assertErrors(rol("natuurlijk_persoon", natuurlijkPersoon().put("geslachtsaanduiding", "x")))
                .containsExactly(tuple("betrokkeneIdentificatie.geslachtsaanduiding", "invalid_choice"));
        assertThat(rol("natuurlijk_persoon", natuurlijkPersoon().put("geslachtsaanduiding", ""))).isEmpty();
    }

    @Test
    void genesteFoutenDragenHetPad() {
        ObjectNode persoon = natuurlijkPersoon();
        ((ObjectNode) persoon.get("verblijfsadres")).put("aoaPostcode", "1234 AB X").remove("aoaIdentificatie");

        assertErrors(rol("natuurlijk_persoon", persoon)).containsExactlyInAnyOrder(
                tuple("betrokkeneIdentificatie.verblijfsadres.aoaIdentificatie", "required"),
                tuple("betrokkeneIdentificatie.verblijfsadres.aoaPostcode", "max_length"));
    }

    @Test
    void nullAlleenWaarDeSpecHetToestaat() {
        assertThat(rol("natuurlijk_persoon", natuurlijkPersoon().putNull("verblijfsadres"))).isEmpty();
        assertErrors(rol("natuurlijk_persoon", natuurlijkPersoon().putNull("inpBsn")))
                .containsExactly(tuple("betrokkeneIdentificatie.inpBsn", "null"));
    }

    @Test
    void aNummerMoetUitTienCijfersBestaan() {
        assertErrors(rol("natuurlijk_persoon", natuurlijkPersoon().put("inpA_nummer", "0123456789")))
                .containsExactly(tuple("betrokkeneIdentificatie.inpA_nummer", "a-nummer-incorrect-format"));
    }

    @Test
    void handelsnamenWordenPerItemGecontroleerd() {
        ObjectNode vestiging = MAPPER.createObjectNode().put("vestigingsNummer", "000012345678");
        vestiging.putArray("handelsnaam").add("Bakkerij").add(5);

        assertErrors(rol("vestiging", vestiging))
                .containsExactly(tuple("betrokkeneIdentificatie.handelsnaam.1", "invalid"));
        assertErrors(rol("vestiging", vestiging.put("handelsnaam", "Bakkerij")))
                .containsExactly(tuple("betrokkeneIdentificatie.handelsnaam", "not_a_list"));
    }

    @Test
    void adresZonderHuisnummerIsOnvolledig() {
        ObjectNode adres = adres();
        adres.remove("huisnummer");

        assertErrors(zaakobject("adres", adres)).containsExactly(tuple("objectIdentificatie.huisnummer", "required"));
    }

    @Test
    void verkeerdTypeIsOngeldig() {
        assertErrors(zaakobject("adres", adres().put("huisnummer", "12")))
                .containsExactly(tuple("objectIdentificatie.huisnummer", "invalid"));
        assertErrors(zaakobject("adres", adres().put("huisnummer", 100_000)))
                .containsExactly(tuple("objectIdentificatie.huisnummer", "max_value"));
        assertErrors(zaakobject("adres", new TextNode("Dam 1")))
                .containsExactly(tuple("objectIdentificatie", "invalid"));
    }

    @Test
    void identificatieIsOptioneelEnNietElkTypeHeeftEenVorm() {
        assertThat(zaakobject("adres", null)).isEmpty();
        assertThat(zaakobject("besluit", MAPPER.createObjectNode().put("wat", "dan ook"))).isEmpty();
        assertThat(shapes.knownDiscriminator("zaakobject", "besluit")).isTrue();
        assertThat(shapes.knownDiscriminator("rol", "medewerker")).isTrue();
        assertThat(shapes.knownDiscriminator("rol", "adres")).isFalse();
    }

    @Test
    void personenAlsZaakobjectGebruikenDeRolVorm() {
        assertErrors(zaakobject("natuurlijk_persoon", natuurlijkPersoon().put("inpBsn", "1234567890")))
                .containsExactly(tuple("objectIdentificatie.inpBsn", "max_length"));
    }

    @Test
    void rolFilterWijstNaarHetVeldInDeIdentificatie() {
        assertThat(shapes.rolFilter("betrokkeneIdentificatie__vestiging__vestigingsNummer"))
                .contains(new IdentificatieShapes.RolFilter("vestiging", List.of("vestigingsNummer")));
        assertThat(shapes.rolFilter("betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer"))
                .contains(new IdentificatieShapes.RolFilter("natuurlijk_persoon", List.of("inpA_nummer")));
        assertThat(shapes.rolFilter("betrokkeneType")).isEmpty();
        assertThat(shapes.rolFilterParameters()).hasSize(8);
    }

    private List<FieldValidationError> rol(String betrokkeneType, JsonNode identificatie) {
        return shapes.validate("rol", betrokkeneType, identificatie, "betrokkeneIdentificatie");
    }

    private List<FieldValidationError> zaakobject(String objectType, JsonNode identificatie) {
        return shapes.validate("zaakobject", objectType, identificatie, "objectIdentificatie");
    }

    private static ListAssert<Tuple> assertErrors(List<FieldValidationError> errors) {
        return assertThat(errors.stream().map(error -> tuple(error.name(), error.code())).toList());
    }

    private static ObjectNode natuurlijkPersoon() {
        ObjectNode persoon = MAPPER.createObjectNode()
                .put("inpBsn", "111222333")
                .put("geslachtsnaam", "Jansen")
                .put("geslachtsaanduiding", "v")
                .put("inpA_nummer", "1234567890");
        persoon.putObject("verblijfsadres")
                .put("aoaIdentificatie", "0363200000123456")
                .put("wplWoonplaatsNaam", "Amsterdam")
                .put("gorOpenbareRuimteNaam", "Dam")
                .put("aoaHuisnummer", 1);
        persoon.putNull("subVerblijfBuitenland");
        return persoon;
    }

    private static ObjectNode adres() {
        return MAPPER.createObjectNode()
                .put("identificatie", "0363200000123456")
                .put("wplWoonplaatsNaam", "Amsterdam")
                .put("gorOpenbareRuimteNaam", "Dam")
                .put("huisnummer", 1)
                .put("postcode", "1012JS");
    }
}
