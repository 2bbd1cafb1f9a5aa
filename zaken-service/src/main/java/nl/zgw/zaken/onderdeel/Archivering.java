package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.ZaakStore;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * zrc-021: the archiefactiedatum of a closing zaak is its brondatum plus the resultaattype's
 * archiefactietermijn; the brondatum follows the afleidingswijze of the resultaattype's
 * brondatumArchiefprocedure. When the brondatum or the termijn cannot be known, there is no date.
 * ingangsdatum_besluit and vervaldatum_besluit take the latest such date of the besluiten the zaak's
 * zaakbesluiten name, as the Besluiten API has them now ({@link ZaakBesluiten}).
 */
@ApplicationScoped
public class Archivering {

    private final ZaakStore zaken;
    private final OnderdeelStore store;
    private final ResourceUrls urls;
    private final ZaakBesluiten besluiten;

    private final nl.zgw.shared.ref.RemoteResources remote;
    private final nl.zgw.zaken.zaak.ExterneBronnen extern;

    public Archivering(ZaakStore zaken, OnderdeelStore store, ResourceUrls urls, ZaakBesluiten besluiten,
                       nl.zgw.shared.ref.RemoteResources remote, nl.zgw.zaken.zaak.ExterneBronnen extern) {
        this.remote = remote;
        this.extern = extern;
        this.zaken = zaken;
        this.store = store;
        this.urls = urls;
        this.besluiten = besluiten;
    }

    /** The derived archiefactiedatum of a closed zaak, or null when it cannot be derived. */
    public LocalDate archiefactiedatum(ZaakRow zaak, JsonNode resultaattype) {
        Optional<Period> termijn = period(resultaattype.path("archiefactietermijn").asText(""));
        if (termijn.isEmpty()) {
            return null;
        }
        LocalDate brondatum = brondatum(zaak, resultaattype.path("brondatumArchiefprocedure"));
        return brondatum == null ? null : brondatum.plus(termijn.get());
    }

    LocalDate brondatum(ZaakRow zaak, JsonNode procedure) {
        String datumkenmerk = procedure.path("datumkenmerk").asText("");
        switch (procedure.path("afleidingswijze").asText("")) {
            case "afgehandeld":
                return zaak.einddatum();
            case "termijn":
                return period(procedure.path("procestermijn").asText("")).map(p -> zaak.einddatum().plus(p)).orElse(null);
            case "hoofdzaak":
                return zaak.hoofdzaak() == null ? null
                        : zaken.find(zaak.hoofdzaak()).map(ZaakRow::einddatum).orElse(null);
            case "eigenschap":
                return max(store.ofZaak(Soort.ZAAKEIGENSCHAP, zaak.uuid()).stream()
                        .filter(e -> datumkenmerk.equals(e.sleutel()))
                        .map(e -> date(e.data().path("waarde").asText(""))).toList());
            case "zaakobject":
                String objecttype = procedure.path("objecttype").asText("");
                return max(store.ofZaak(Soort.ZAAKOBJECT, zaak.uuid()).stream()
                        .filter(o -> objecttype.equals(o.subsoort()))
                        .map(o -> date(waarde(o, datumkenmerk))).toList());
            case "gerelateerde_zaak":
                List<UUID> gerelateerd = new ArrayList<>();
                for (JsonNode relatie : zaak.data().path("relevanteAndereZaken")) {
                    urls.ownUuid(nl.zgw.shared.ref.ResourceUrl.of(relatie.path("url").asText()), "zaken")
                            .ifPresent(gerelateerd::add);
                }
                return max(zaken.findAll(gerelateerd).stream().map(ZaakRow::einddatum).toList());
            case "ingangsdatum_besluit":
                return max(besluiten.datums(zaak, "ingangsdatum"));
            case "vervaldatum_besluit":
                return max(besluiten.datums(zaak, "vervaldatum"));
            default: // ander_datumkenmerk: set by hand
                return null;
        }
    }

    /**
     * The datumkenmerk of a zaakobject: in its objectIdentificatie (an object kept in the zaak), else
     * in the object its URL names, read from the suite's APIs or an allowed external source
     * ({@code ZAKEN_EXTERNE_BRONNEN_TOEGESTAAN}); empty when neither has it.
     */
    private String waarde(OnderdeelRow zaakobject, String datumkenmerk) {
        String lokaal = at(zaakobject.data().path("objectIdentificatie"), datumkenmerk);
        String object = zaakobject.data().path("object").asText("");
        if (!lokaal.isEmpty() || object.isEmpty()) {
            return lokaal;
        }
        try {
            nl.zgw.shared.ref.ResourceUrl url = nl.zgw.shared.ref.ResourceUrl.of(object);
            Optional<JsonNode> gelezen = urls.apiOf(url).isPresent() ? remote.get(url) : extern.get("object", object);
            return gelezen.map(n -> at(n, datumkenmerk)).orElse("");
        } catch (RuntimeException onleesbaar) { // not a URL, not allowed, or its API down: not derived
            return "";
        }
    }

    /** The value at a dotted path ({@code overigeData.vervaldatum}) of the object's identificatie. */
    private static String at(JsonNode identificatie, String path) {
        JsonNode at = identificatie;
        for (String part : path.split("\\.")) {
            at = at.path(part);
        }
        return at.isValueNode() ? at.asText() : "";
    }

    /**
     * An ISO 8601 duration as a number of years, months, weeks and days (P10Y, P1Y6M, P30D); a time
     * part (P10YT0H, P1DT36H) adds its whole days. Empty when it is no duration.
     */
    static Optional<Period> period(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int t = value.indexOf('T');
            if (t < 0) {
                return Optional.of(Period.parse(value));
            }
            Period date = t == 1 ? Period.ZERO : Period.parse(value.substring(0, t));
            long days = java.time.Duration.parse("P" + value.substring(t)).toDays();
            return Optional.of(date.plusDays(days));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** A date, or the date of a date-time, as written; null when it is neither. */
    static LocalDate date(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.matches("\\d{8}")) { // the basic form, YYYYMMDD
                return LocalDate.parse(value, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            }
            if (value.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) { // also without leading zeros (2008-1-1)
                return LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("uuuu-M-d"));
            }
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** The latest date; null when there is none or one of them is unknown. */
    private static LocalDate max(List<LocalDate> dates) {
        if (dates.isEmpty() || dates.contains(null)) {
            return null;
        }
        return dates.stream().max(LocalDate::compareTo).orElseThrow();
    }
}
