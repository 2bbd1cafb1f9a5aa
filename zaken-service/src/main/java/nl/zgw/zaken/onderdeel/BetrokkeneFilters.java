package nl.zgw.zaken.onderdeel;

import jakarta.ws.rs.QueryParam;

import java.util.LinkedHashMap;
import java.util.Map;

/** The betrokkeneIdentificatie filters of the rollen list. */
public class BetrokkeneFilters {

    @QueryParam("betrokkeneIdentificatie__natuurlijkPersoon__inpBsn")
    String natuurlijkPersoonInpBsn;

    @QueryParam("betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie")
    String natuurlijkPersoonAnpIdentificatie;

    @QueryParam("betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer")
    String natuurlijkPersoonInpANummer;

    @QueryParam("betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId")
    String nietNatuurlijkPersoonInnNnpId;

    @QueryParam("betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie")
    String nietNatuurlijkPersoonAnnIdentificatie;

    @QueryParam("betrokkeneIdentificatie__vestiging__vestigingsNummer")
    String vestigingVestigingsNummer;

    @QueryParam("betrokkeneIdentificatie__organisatorischeEenheid__identificatie")
    String organisatorischeEenheidIdentificatie;

    @QueryParam("betrokkeneIdentificatie__medewerker__identificatie")
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
}
