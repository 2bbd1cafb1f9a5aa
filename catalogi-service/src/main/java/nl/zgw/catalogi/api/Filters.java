package nl.zgw.catalogi.api;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Where;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The query parameters of the Catalogi lists, turned into SQL conditions. A malformed value is a
 * 400 naming the parameter; a well-formed URL of something that does not exist matches nothing.
 */
@ApplicationScoped
public class Filters {

    private final ResourceUrls urls;
    private final CatalogiStore store;

    public Filters(ResourceUrls urls, CatalogiStore store) {
        this.urls = urls;
        this.store = store;
    }

    /** {@code status}: {@code definitief} (the default), {@code concept} or {@code alles}. */
    public void status(Where where, String status) {
        String value = status == null || status.isBlank() ? "definitief" : status;
        switch (value) {
            case "definitief" -> where.and("concept = false");
            case "concept" -> where.and("concept = true");
            case "alles" -> {
            }
            default -> throw ValidationException.of("status", "invalid_choice",
                    "Kies uit alles, concept of definitief.");
        }
    }

    /**
     * {@code status} of zaaktype-informatieobjecttypen: {@code definitief} when the zaaktype is
     * published and the informatieobjecttype it names has a published version; {@code concept}
     * otherwise.
     */
    public void statusOfRelation(Where where, String status) {
        String published = "(concept = false AND EXISTS (SELECT 1 FROM catalogus_object i "
                + "WHERE i.soort = 'informatieobjecttype' AND i.catalogus = catalogus_object.catalogus "
                + "AND i.sleutel = catalogus_object.data ->> 'informatieobjecttype' AND i.concept = false))";
        String value = status == null || status.isBlank() ? "definitief" : status;
        switch (value) {
            case "definitief" -> where.and(published);
            case "concept" -> where.and("NOT " + published);
            case "alles" -> {
            }
            default -> throw ValidationException.of("status", "invalid_choice",
                    "Kies uit alles, concept of definitief.");
        }
    }

    public LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(parameter, "invalid", "Voer een geldige datum in (JJJJ-MM-DD).");
        }
    }

    /** Types whose (effective) geldigheid covers {@code date}. */
    public void datumGeldigheid(Where where, LocalDate date) {
        if (date != null) {
            Date d = Date.valueOf(date);
            where.and("(begin_geldigheid IS NULL OR begin_geldigheid <= ?)", d)
                    .and("(einde_geldigheid IS NULL OR einde_geldigheid >= ?)", d);
        }
    }

    /** The uuid of our own resource a filter URL names, if it is one. */
    public Optional<UUID> own(String parameter, String url, String collection) {
        ResourceUrl parsed;
        try {
            parsed = ResourceUrl.parse(parameter, url);
        } catch (ValidationException e) {
            throw ValidationException.of(parameter, "invalid", "Voer een geldige URL in.");
        }
        return urls.ownUuid(parsed, collection);
    }

    /** {@code column = <uuid in url>}, or nothing when the URL is not one of ours. */
    public void equalsOwn(Where where, String column, String parameter, String url, String collection) {
        if (url == null || url.isBlank()) {
            return;
        }
        own(parameter, url, collection).ifPresentOrElse(uuid -> where.and(column + " = ?", uuid), where::none);
    }

    /** The type a filter URL names, if it exists. */
    public Optional<TypeRow> type(String parameter, String url, Soort soort) {
        return own(parameter, url, soort.collection()).flatMap(uuid -> store.find(soort, uuid));
    }

    /** The {@code zaaktype} (URL) and {@code zaaktypeIdentificatie} filters of a zaaktype's own types. */
    public void ofZaaktype(Where where, String zaaktype, String zaaktypeIdentificatie) {
        equalsOwn(where, "zaaktype", "zaaktype", zaaktype, "zaaktypen");
        zaaktypeIdentificatie(where, zaaktypeIdentificatie);
    }

    /** Types of zaaktypen with this identificatie. */
    public void zaaktypeIdentificatie(Where where, String identificatie) {
        if (identificatie != null && !identificatie.isBlank()) {
            where.and("zaaktype IN (SELECT z.uuid FROM catalogus_object z WHERE z.soort = 'zaaktype' AND z.sleutel = ?)",
                    identificatie);
        }
    }

    public void equalsText(Where where, String expression, String value) {
        if (value != null && !value.isEmpty()) {
            where.and(expression + " = ?", value);
        }
    }

    /** An enumerated filter: a value outside {@code choices} is 400 {@code invalid_choice}, not an empty list. */
    public void equalsChoice(Where where, String expression, String parameter, String value,
                             java.util.Set<String> choices) {
        if (value != null && !value.isEmpty() && !choices.contains(value)) {
            throw ValidationException.of(parameter, "invalid_choice", "'" + value + "' is geen geldige keuze.");
        }
        equalsText(where, expression, value);
    }

    public List<String> commaList(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

}
