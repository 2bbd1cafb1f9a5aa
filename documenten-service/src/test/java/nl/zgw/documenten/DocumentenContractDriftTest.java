package nl.zgw.documenten;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.contract.ContractDriftTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;

import java.util.LinkedHashMap;
import java.util.Map;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "documenten"))
class DocumentenContractDriftTest extends ContractDriftTest {

    @Override
    protected String extract() {
        return "/contract/documenten-1.7.0.facts";
    }

    @Override
    protected String basePath() {
        return "/documenten/api/v1";
    }

    @Override
    protected Map<String, String> acceptedDifferences() {
        Map<String, String> accepted = new LinkedHashMap<>();
        String catalogi = "the informatieobjecttype is the Catalogi API's; its schema is not part of this document, "
                + "so it is described as any object";
        accepted.put("property|EnkelvoudigInformatieObjectEmbedded.informatieobjecttype|ref=InformatieObjectTypeExpanded",
                catalogi);
        accepted.put("property|EnkelvoudigInformatieObjectEmbedded.informatieobjecttype|any", catalogi);
        accepted.put("request|PUT /bestandsdelen/{uuid}|application/x-www-form-urlencoded|ref=BestandsDeelRequest",
                "a part is binary content: it is taken as multipart/form-data only (a urlencoded body is a 415)");
        accepted.put("property|BestandsDeelResponse.inhoud|type=string format=uri",
                "the answer to an upload has no inhoud: a part's content is never served on its own");
        String download = "download honours If-None-Match (304) and Range (206/416)";
        accepted.put("parameter|GET /enkelvoudiginformatieobjecten/{uuid}/download|header:If-None-Match|type=string "
                + "required=false", download);
        accepted.put("parameter|GET /enkelvoudiginformatieobjecten/{uuid}/download|header:Range|type=string required=false",
                download);
        accepted.put("response|GET /enkelvoudiginformatieobjecten/{uuid}/download|200|*/*|type=string format=binary",
                "download answers with the document's own formaat as media type");
        accepted.put("response|GET /enkelvoudiginformatieobjecten/{enkelvoudiginformatieobject_uuid}/audittrail|404|"
                + "application/problem+json|ref=Fout", "a document that does not exist is a 404 on the paths below it");
        return accepted;
    }
}
