package nl.zgw.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;

import static org.assertj.core.api.Assertions.assertThat;

class ContractFactsTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Test API, version: 1.0.0}
            paths:
              /zaken/{uuid}:
                parameters:
                  - name: uuid
                    in: path
                    required: true
                    schema: {type: string, format: uuid}
                get:
                  operationId: zaak_read
                  description: Lots of prose that is not a fact.
                  parameters:
                    - $ref: '#/components/parameters/IfNoneMatch'
                  responses:
                    '200':
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Zaak'}
                    '404':
                      $ref: '#/components/responses/404'
            components:
              parameters:
                IfNoneMatch:
                  name: If-None-Match
                  in: header
                  required: false
                  schema: {type: string}
              responses:
                '404':
                  description: Not found
                  content:
                    application/problem+json:
                      schema: {$ref: '#/components/schemas/Fout'}
              schemas:
                Fout:
                  type: object
                  properties:
                    code: {type: string}
                  required: [code]
                VertrouwelijkheidaanduidingEnum:
                  type: string
                  enum: [openbaar, zeer_geheim]
                Zaak:
                  type: object
                  required: [bronorganisatie]
                  properties:
                    url: {type: string, format: uri, readOnly: true, maxLength: 1000}
                    bronorganisatie: {type: string, maxLength: 9}
                    vertrouwelijkheidaanduiding:
                      allOf:
                        - $ref: '#/components/schemas/VertrouwelijkheidaanduidingEnum'
                    einddatum: {type: string, format: date, nullable: true}
                    deelzaken:
                      type: array
                      items: {type: string, format: uri}
            """;

    private static SortedSet<String> facts(String yaml, String prefix) throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        return ContractFacts.extract(doc, prefix);
    }

    @Test
    void extractsOperationsParametersBodiesAndSchemas() throws Exception {
        assertThat(facts(SPEC, "")).containsExactly(
                "operation|GET /zaken/{uuid}|zaak_read",
                "parameter|GET /zaken/{uuid}|header:If-None-Match|type=string required=false",
                "parameter|GET /zaken/{uuid}|path:uuid|type=string format=uuid required=true",
                "property|Fout.code|type=string",
                "property|Zaak.bronorganisatie|type=string maxLength=9",
                "property|Zaak.deelzaken|type=array items=(type=string format=uri)",
                "property|Zaak.einddatum|type=string format=date nullable",
                "property|Zaak.url|type=string format=uri readOnly maxLength=1000",
                "property|Zaak.vertrouwelijkheidaanduiding|type=string enum=[openbaar,zeer_geheim]",
                "required|Fout.code",
                "required|Zaak.bronorganisatie",
                "response|GET /zaken/{uuid}|200|application/json|ref=Zaak",
                "response|GET /zaken/{uuid}|404|application/problem+json|ref=Fout",
                "schema|Fout|type=object",
                "schema|Zaak|type=object");
    }

    @Test
    void anEnumDeclaredInlineEqualsOneDeclaredByReference() throws Exception {
        String byRef = "          allOf:\n            - $ref: '#/components/schemas/VertrouwelijkheidaanduidingEnum'\n";
        assertThat(SPEC).contains(byRef);
        String inline = SPEC.replace(byRef, "          type: string\n          enum: [zeer_geheim, openbaar]\n");
        assertThat(inline).isNotEqualTo(SPEC);
        assertThat(ContractDrift.compare(facts(SPEC, ""), facts(inline, "")).isEmpty()).isTrue();
    }

    @Test
    void servedPathsLoseTheirBasePath() throws Exception {
        String served = SPEC.replace("/zaken/{uuid}:", "/zaken/api/v1/zaken/{uuid}:");
        assertThat(ContractDrift.compare(facts(SPEC, ""), facts(served, "/zaken/api/v1")).isEmpty()).isTrue();
    }

    @Test
    void everyDifferenceIsListed() throws Exception {
        String served = SPEC.replace("bronorganisatie: {type: string, maxLength: 9}", "bronorganisatie: {type: integer}")
                .replace("enum: [openbaar, zeer_geheim]", "enum: [openbaar]")
                .replace("operationId: zaak_read", "operationId: getZaak");
        ContractDrift drift = ContractDrift.compare(facts(SPEC, ""), facts(served, ""));
        assertThat(drift.missing()).containsExactlyInAnyOrder(
                "operation|GET /zaken/{uuid}|zaak_read",
                "property|Zaak.bronorganisatie|type=string maxLength=9",
                "property|Zaak.vertrouwelijkheidaanduiding|type=string enum=[openbaar,zeer_geheim]");
        assertThat(drift.unexpected()).containsExactlyInAnyOrder(
                "operation|GET /zaken/{uuid}|getZaak",
                "property|Zaak.bronorganisatie|type=integer",
                "property|Zaak.vertrouwelijkheidaanduiding|type=string enum=[openbaar]");
        assertThat(drift.report()).contains("3 contract facts missing or different, 3 served facts not in the contract")
                .contains("- operation|GET /zaken/{uuid}|zaak_read").contains("+ operation|GET /zaken/{uuid}|getZaak");
        assertThat(drift.ignoring("operation", "property").isEmpty()).isTrue();
    }

    @Test
    void inlineEnvelopesAreComparedPropertyByProperty() throws Exception {
        String list = """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /zaken:
                    get:
                      operationId: zaak_list
                      responses:
                        '200':
                          content:
                            application/json:
                              schema:
                                type: object
                                required: [count, results]
                                properties:
                                  count: {type: integer}
                                  next: {type: string, format: uri, nullable: true}
                                  results:
                                    type: array
                                    items: {$ref: '#/components/schemas/Zaak'}
                components:
                  schemas:
                    Zaak: {type: object}
                """;
        assertThat(facts(list, "")).contains(
                "response|GET /zaken|200|application/json|inline",
                "schema|GET /zaken 200|type=object",
                "property|GET /zaken 200.count|type=integer",
                "property|GET /zaken 200.next|type=string format=uri nullable",
                "property|GET /zaken 200.results|type=array items=(ref=Zaak)",
                "required|GET /zaken 200.count",
                "required|GET /zaken 200.results");
    }

    @Test
    void extractRoundTripsThroughTheCommittedFile() throws Exception {
        Path dir = Files.createTempDirectory("contract");
        Path spec = dir.resolve("test-1.0.0.yaml");
        Files.writeString(spec, SPEC);
        Path out = dir.resolve("out/test-1.0.0.facts");
        ContractExtract.main(new String[]{spec.toString(), out.toString()});
        String written = Files.readString(out);
        assertThat(written).startsWith("# Contract facts of Test API 1.0.0").doesNotContain("prose");
        SortedSet<String> read = ContractDrift.readExtract(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
        assertThat(read).isEqualTo(facts(SPEC, ""));
    }
}
