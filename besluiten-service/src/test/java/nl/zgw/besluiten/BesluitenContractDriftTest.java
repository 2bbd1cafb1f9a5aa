package nl.zgw.besluiten;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.contract.ContractDriftTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;

import java.util.LinkedHashMap;
import java.util.Map;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "besluiten"))
@QuarkusTestResource(CatalogiStub.class)
@QuarkusTestResource(AndereApisStub.class)
class BesluitenContractDriftTest extends ContractDriftTest {

    @Override
    protected String extract() {
        return "/contract/besluiten-1.1.0.facts";
    }

    @Override
    protected String basePath() {
        return "/besluiten/api/v1";
    }

    @Override
    protected Map<String, String> acceptedDifferences() {
        Map<String, String> accepted = new LinkedHashMap<>();
        String andereApi = "the besluittype, zaak and document are the Catalogi, Zaken and Documenten APIs' resources; "
                + "their schemas are not part of this document, so any object here";
        accepted.put("property|BesluitEmbedded.besluittype|ref=BesluitTypeExpanded", andereApi);
        accepted.put("property|BesluitEmbedded.besluittype|any", andereApi);
        accepted.put("property|BesluitEmbedded.zaak|ref=ZaakExpanded", andereApi);
        accepted.put("property|BesluitEmbedded.zaak|any", andereApi);
        accepted.put("property|BesluitInformatieObjectEmbedded.informatieobject|ref=EnkelvoudigInformatieObjectExpanded",
                andereApi);
        accepted.put("property|BesluitInformatieObjectEmbedded.informatieobject|any", andereApi);
        accepted.put("required|AuditTrail.aanmaakdatum", "every audit trail entry has its aanmaakdatum; the other "
                + "APIs' specifications list it as required, this one does not");
        accepted.put("response|GET /besluiten/{besluit_uuid}/audittrail|404|application/problem+json|ref=Fout",
                "a besluit that does not exist is a 404 on the paths below it");
        return accepted;
    }
}
