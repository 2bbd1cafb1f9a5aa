package nl.zgw.zaken.onderdeel;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rol__ filters of the zaken list: zaken with a rol that matches. */
public class ZaakRolFilters {

    @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"natuurlijk_persoon", "niet_natuurlijk_persoon",
            "vestiging", "organisatorische_eenheid", "medewerker"}))
    @QueryParam("rol__betrokkeneType")
    String betrokkeneType;

    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uri"))
    @QueryParam("rol__betrokkene")
    String betrokkene;

    @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"adviseur", "behandelaar", "belanghebbende",
            "beslisser", "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator"}))
    @QueryParam("rol__omschrijvingGeneriek")
    String omschrijvingGeneriek;

    @QueryParam("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn")
    String natuurlijkPersoonInpBsn;

    @QueryParam("rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie")
    String natuurlijkPersoonAnpIdentificatie;

    @QueryParam("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer")
    String natuurlijkPersoonInpANummer;

    @QueryParam("rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId")
    String nietNatuurlijkPersoonInnNnpId;

    @QueryParam("rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie")
    String nietNatuurlijkPersoonAnnIdentificatie;

    @QueryParam("rol__betrokkeneIdentificatie__vestiging__vestigingsNummer")
    String vestigingVestigingsNummer;

    @QueryParam("rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie")
    String organisatorischeEenheidIdentificatie;

    @QueryParam("rol__betrokkeneIdentificatie__medewerker__identificatie")
    String medewerkerIdentificatie;

    /** The betrokkeneIdentificatie filters given, by their name without prefix. */
    public Map<String, String> identificatie() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", natuurlijkPersoonInpBsn);
        values.put("betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie", natuurlijkPersoonAnpIdentificatie);
        values.put("betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer", natuurlijkPersoonInpANummer);
        values.put("betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId", nietNatuurlijkPersoonInnNnpId);
        values.put("betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie", nietNatuurlijkPersoonAnnIdentificatie);
        values.put("betrokkeneIdentificatie__vestiging__vestigingsNummer", vestigingVestigingsNummer);
        values.put("betrokkeneIdentificatie__organisatorischeEenheid__identificatie", organisatorischeEenheidIdentificatie);
        values.put("betrokkeneIdentificatie__medewerker__identificatie", medewerkerIdentificatie);
        return values;
    }

    public String betrokkeneType() {
        return betrokkeneType;
    }

    public String betrokkene() {
        return betrokkene;
    }

    public String omschrijvingGeneriek() {
        return omschrijvingGeneriek;
    }
}
