package nl.zgw.zaken;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.contract.ContractDriftTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZakenContractDriftTest extends ContractDriftTest {

    @Override
    protected String extract() {
        return "/contract/zaken-1.7.0.facts";
    }

    @Override
    protected java.util.Map<String, String> acceptedDifferences() {
        java.util.Map<String, String> accepted = new java.util.LinkedHashMap<>();
        String persons = "for the person types the specification's zaakobject variants reuse the Rol component and "
                + "name the field betrokkeneIdentificatie; the API takes objectIdentificatie for every objectType, as the "
                + "specification's own (unreferenced) object_identificatie_Rol* components and Open Zaak do";
        for (String type : java.util.List.of("medewerker", "natuurlijk_persoon", "niet_natuurlijk_persoon",
                "organisatorische_eenheid", "vestiging")) {
            String shape = "Rol" + java.util.Arrays.stream(type.split("_")).map(w -> Character.toUpperCase(w.charAt(0))
                    + w.substring(1)).collect(java.util.stream.Collectors.joining());
            for (String variant : java.util.List.of("_ZaakObject", "_ZaakObjectExpanded", "_PatchedZaakObject")) {
                accepted.put("property|" + type + variant + ".betrokkeneIdentificatie|ref=" + shape, persons);
                accepted.put("property|" + type + variant + ".objectIdentificatie|ref=" + shape, persons);
            }
        }
        String filterLimits = "the API does not limit the length of filter values; the specification gives six of "
                + "the eight rol__betrokkeneIdentificatie filters of the zaken list a maxLength";
        java.util.Map<String, Integer> limits = java.util.Map.of("medewerker__identificatie", 254,
                "natuurlijkPersoon__anpIdentificatie", 17, "natuurlijkPersoon__inpA_nummer", 10,
                "natuurlijkPersoon__inpBsn", 9, "nietNatuurlijkPersoon__annIdentificatie", 17,
                "vestiging__vestigingsNummer", 24);
        limits.forEach((name, max) -> {
            String p = "parameter|GET /zaken|query:rol__betrokkeneIdentificatie__" + name;
            accepted.put(p + "|type=string maxLength=" + max + " required=false", filterLimits);
            accepted.put(p + "|type=string required=false", filterLimits);
        });
        String notitie = "gerelateerdAan filters on the zaak's URL (the zaak a notitie is about), not on a number";
        accepted.put("parameter|GET /zaaknotities|query:gerelateerdAan|type=integer required=false", notitie);
        accepted.put("parameter|GET /zaaknotities|query:gerelateerdAan|type=string required=false", notitie);
        String nested = "a zaak that does not exist is a 404 on the paths below it";
        accepted.put("response|GET /zaken/{zaak_uuid}/audittrail|404|application/problem+json|ref=Fout", nested);
        accepted.put("response|GET /zaken/{zaak_uuid}/zaakeigenschappen|404|application/problem+json|ref=Fout", nested);
        accepted.put("response|POST /zaken/{zaak_uuid}/zaakeigenschappen|404|application/problem+json|ref=Fout", nested);
        accepted.put("response|GET /zaken/{zaak_uuid}/besluiten|404|application/problem+json|ref=Fout", nested);
        accepted.put("response|POST /zaken/{zaak_uuid}/besluiten|404|application/problem+json|ref=Fout", nested);
        String elders = "references outside the suite (klanten, objects, the Selectielijst) are not expanded (zrc-025)";
        for (String fact : java.util.List.of("property|ZaakEmbedded.communicatiekanaal|type=object",
                "property|ZaakEmbedded.productenOfDiensten|type=array items=(type=object)",
                "property|ZaakEmbedded.selectielijstklasse|type=object", "property|RolEmbedded.betrokkene|type=object",
                "property|ZaakObjectEmbedded.object|type=object")) {
            accepted.put(fact, elders);
        }
        accepted.put("property|StatusEmbedded.statustype|ref=StatusType", "the statustype is the Catalogi API's; "
                + "its schema is not part of this document, so it is described as any object");
        accepted.put("property|StatusEmbedded.statustype|any", "the statustype is the Catalogi API's; "
                + "its schema is not part of this document, so it is described as any object");
        accepted.put("response|HEAD /zaken/{uuid}|412|application/problem+json|ref=Fout",
                "HEAD answers 412 as GET does when a CRS header is missing");
        accepted.put("response|POST /zaaknummer_reserveren|412|application/problem+json|ref=Fout",
                "reserving zaaknummers has no precondition to fail; the specification documents a 412 there");
        accepted.put("schema|OneOrMultipleZaakIdentificaties|type=object oneOf=ReserveZaakIdentificatie,type=array "
                + "items=(ref=ReserveZaakIdentificatie)", "no operation of the specification uses it; "
                + "zaaknummer_reserveren answers a list");
        String documenten = "a zaak's zaakinformatieobjecten expand to the zaakinformatieobjecten, whose "
                + "informatieobject expands to the document (the expand paths of the standard); the specification's "
                + "array describes the documents themselves";
        accepted.put("property|ZaakEmbedded.zaakinformatieobjecten|type=array items=(any)", documenten);
        accepted.put("property|ZaakEmbedded.zaakinformatieobjecten|type=array items=(ref=ZaakInformatieObjectExpanded)",
                documenten);
        return accepted;
    }

    @Override
    protected String basePath() {
        return "/zaken/api/v1";
    }
}
