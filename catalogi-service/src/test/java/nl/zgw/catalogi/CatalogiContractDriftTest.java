package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.contract.ContractDriftTest;

import java.util.LinkedHashMap;
import java.util.Map;

@QuarkusTest
class CatalogiContractDriftTest extends ContractDriftTest {

    @Override
    protected String extract() {
        return "/contract/catalogi-1.3.3.facts";
    }

    @Override
    protected String basePath() {
        return CatalogiFixtures.API;
    }

    @Override
    protected Map<String, String> acceptedDifferences() {
        Map<String, String> accepted = new LinkedHashMap<>();
        String phantom = "the specification lists resultaattypeOmschrijving as required on ZaakType, but ZaakType "
                + "has no such property; a required property that does not exist is not served";
        accepted.put("required|ZaakType.resultaattypeOmschrijving", phantom);
        accepted.put("required|ZaakTypeExpanded.resultaattypeOmschrijving", phantom);
        for (String collection : new String[] {"besluittypen", "informatieobjecttypen", "zaaktypen"}) {
            String why = "a delete answers 204 without a body, as for every other resource of the API and as the "
                    + "reference implementations do; the specification documents 200 with an object for these three";
            accepted.put("response|DELETE /" + collection + "/{uuid}|200|application/json|type=object", why);
            accepted.put("response|DELETE /" + collection + "/{uuid}|204|-", why);
        }
        String created = "a creation answers 201 Created, as every other creation of the API, VNG's conformance "
                + "collection and Open Zaak do; the specification documents 200 for informatieobjecttypen only";
        accepted.put("response|POST /informatieobjecttypen|200|application/json|ref=InformatieObjectType", created);
        accepted.put("response|POST /informatieobjecttypen|201|application/json|ref=InformatieObjectType", created);
        return accepted;
    }
}
