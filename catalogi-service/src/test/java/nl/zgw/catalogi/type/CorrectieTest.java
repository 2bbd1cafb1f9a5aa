package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.zgw.shared.problem.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A correction of a published type extends it; it removes nothing from a list field. */
class CorrectieTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void addingIsACorrection() throws Exception {
        assertThatCode(() -> Correctie.alleenUitbreiden(json("{'trefwoorden': ['a'], 'besluittypen': []}"),
                json("{'trefwoorden': ['a', 'b'], 'besluittypen': ['Besluit']}"), "non-concept-object"))
                .doesNotThrowAnyException();
    }

    @Test
    void removingIsNot() {
        assertThatThrownBy(() -> Correctie.alleenUitbreiden(json("{'besluittypen': ['Besluit', 'Ander']}"),
                json("{'besluittypen': ['Ander']}"), "non-concept-object"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.invalidParams().get(0).code())
                            .isEqualTo("non-concept-object");
                    org.assertj.core.api.Assertions.assertThat(e.invalidParams().get(0).reason()).contains("'Besluit'");
                });
        assertThatThrownBy(() -> Correctie.alleenUitbreiden(json("{'productenOfDiensten': ['https://p/1']}"),
                json("{}"), "non-concept-zaaktype")).isInstanceOf(ValidationException.class);
    }

    @Test
    void anElementOfAnObjectListIsKnownByWhatItNames() throws Exception {
        JsonNode before = json("{'gerelateerdeZaaktypen': [{'zaaktype': 'ZT-1', 'aardRelatie': 'vervolg', "
                + "'toelichting': ''}], 'checklistitemStatustype': [{'itemnaam': 'Check', 'vraagstelling': 'Oud?'}]}");
        assertThatCode(() -> Correctie.alleenUitbreiden(before, json("{'gerelateerdeZaaktypen': [{'zaaktype': 'ZT-1', "
                + "'aardRelatie': 'vervolg', 'toelichting': 'Verduidelijkt'}], 'checklistitemStatustype': "
                + "[{'itemnaam': 'Check', 'vraagstelling': 'Nieuw?'}]}"), "non-concept-object"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Correctie.alleenUitbreiden(before, json("{'gerelateerdeZaaktypen': [{'zaaktype': "
                + "'ZT-2', 'aardRelatie': 'vervolg'}], 'checklistitemStatustype': [{'itemnaam': 'Check'}]}"),
                "non-concept-object")).isInstanceOf(ValidationException.class);
    }

    @Test
    void derivedFieldsDoNotCount() {
        assertThatCode(() -> Correctie.alleenUitbreiden(json("{'_afgeleid': {'x': [1]}, '_namen': ['a']}"),
                json("{}"), "non-concept-object")).doesNotThrowAnyException();
    }
}
