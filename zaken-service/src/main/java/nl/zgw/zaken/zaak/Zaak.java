package nl.zgw.zaken.zaak;

import nl.zgw.shared.validation.HttpUrl;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.shared.validation.IsoDuration;
import nl.zgw.shared.validation.OneOf;
import nl.zgw.shared.validation.Rsin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A ZAAK of the Zaken API 1.7.0: the fields as the specification names them. */
@Schema(name = "Zaak")
public record Zaak(
        @Schema(readOnly = true, format = "uri", maxLength = 1000) String url,
        @Schema(readOnly = true, format = "uuid") String uuid,
        @Size(max = 40) String identificatie,
        @NotBlank @Rsin @Schema(maxLength = 9) String bronorganisatie,
        @Size(max = 80) String omschrijving,
        @Size(max = 1000) String toelichting,
        @NotBlank @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String zaaktype,
        LocalDate registratiedatum,
        @NotBlank @Rsin @Schema(maxLength = 9) String verantwoordelijkeOrganisatie,
        @NotNull LocalDate startdatum,
        @Schema(readOnly = true, nullable = true) LocalDate einddatum,
        @Schema(nullable = true) LocalDate einddatumGepland,
        @Schema(nullable = true) LocalDate uiterlijkeEinddatumAfdoening,
        @Schema(nullable = true) LocalDate publicatiedatum,
        @Size(max = 1000) @Schema(format = "uri", maxLength = 1000) String communicatiekanaal,
        List<@NotBlank @Size(max = 1000) String> productenOfDiensten,
        @OneOf({"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel",
                "geheim", "zeer_geheim"})
        @Schema(enumeration = {"openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk",
                "confidentieel", "geheim", "zeer_geheim"}) String vertrouwelijkheidaanduiding,
        @OneOf({"", "nvt", "nog_niet", "gedeeltelijk", "geheel"})
        @Schema(enumeration = {"", "nvt", "nog_niet", "gedeeltelijk", "geheel"}) String betalingsindicatie,
        @Schema(readOnly = true) String betalingsindicatieWeergave,
        @Schema(nullable = true) OffsetDateTime laatsteBetaaldatum,
        @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) JsonNode zaakgeometrie,
        @Valid @Schema(nullable = true) @JsonSerialize(nullsUsing = LegeVerlenging.class) Verlenging verlenging,
        @Valid @Schema(nullable = true) @JsonSerialize(nullsUsing = LegeOpschorting.class) Opschorting opschorting,
        @Size(max = 1000) @HttpUrl @Schema(format = "uri", maxLength = 1000) String selectielijstklasse,
        @Size(max = 1000) @Schema(format = "uri", maxLength = 1000, nullable = true) String hoofdzaak,
        @Schema(readOnly = true) List<String> deelzaken,
        List<@NotNull @Valid RelevanteZaak> relevanteAndereZaken,
        @Schema(readOnly = true) List<String> eigenschappen,
        @Schema(readOnly = true) List<String> rollen,
        @Schema(readOnly = true, nullable = true, format = "uri") String status,
        @Schema(readOnly = true) List<String> zaakinformatieobjecten,
        @Schema(readOnly = true) List<String> zaakobjecten,
        List<@NotNull @Valid ZaakKenmerk> kenmerken,
        @OneOf({"", "blijvend_bewaren", "vernietigen"})
        @Schema(enumeration = {"", "blijvend_bewaren", "vernietigen"}, nullable = true) String archiefnominatie,
        @OneOf({"nog_te_archiveren", "gearchiveerd", "gearchiveerd_procestermijn_onbekend", "overgedragen"})
        @Schema(enumeration = {"nog_te_archiveren", "gearchiveerd", "gearchiveerd_procestermijn_onbekend",
                "overgedragen"}) String archiefstatus,
        @Schema(nullable = true) LocalDate archiefactiedatum,
        @Schema(readOnly = true, nullable = true, format = "uri") String resultaat,
        @Rsin @Schema(maxLength = 9) String opdrachtgevendeOrganisatie,
        @Size(max = 200) @Schema(nullable = true) String processobjectaard,
        @Schema(nullable = true) LocalDate startdatumBewaartermijn,
        @Valid @Schema(nullable = true) Processobject processobject,
        @JsonProperty("_expand") @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true)
        JsonNode expand) {

    /**
     * zrc-012: a gegevensgroep sent empty, exactly as it is answered when not set, is the same as
     * one sent as null; anything else, also {@code {}} or an object of unknown fields, is validated
     * as the group (its required fields).
     */
    public Zaak {
        if (verlenging != null && verlenging.leeg()) {
            verlenging = null;
        }
        if (opschorting != null && opschorting.leeg()) {
            opschorting = null;
        }
    }

    /** Verlenging of the behandeling. */
    public record Verlenging(@NotBlank @Size(max = 200) String reden,
                             @NotNull @IsoDuration @Schema(format = "duration") String duur) {

        /** As answered when not set: {@code {"reden": "", "duur": null}}. */
        boolean leeg() {
            return reden != null && reden.isEmpty() && duur == null;
        }
    }

    /** Opschorting of the behandeling. */
    public record Opschorting(@NotNull Boolean indicatie, @NotNull @Size(max = 200) String reden) {

        /** As answered when not set: {@code {"indicatie": false, "reden": ""}}. */
        boolean leeg() {
            return Boolean.FALSE.equals(indicatie) && reden != null && reden.isEmpty();
        }
    }

    /** zrc-012: a verlenging that is not set is answered as its structure with empty values. */
    static final class LegeVerlenging extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("reden", "");
            gen.writeNullField("duur");
            gen.writeEndObject();
        }
    }

    /** zrc-012: an opschorting that is not set is answered as its structure: not opgeschort. */
    static final class LegeOpschorting extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeBooleanField("indicatie", false);
            gen.writeStringField("reden", "");
            gen.writeEndObject();
        }
    }

    /** Another zaak that matters for this one. */
    public record RelevanteZaak(@NotBlank @Size(max = 1000) @Schema(format = "uri") String url,
                                @NotNull @OneOf({"vervolg", "onderwerp", "bijdrage"})
                                @Schema(enumeration = {"vervolg", "onderwerp", "bijdrage"}) String aardRelatie) {
    }

    /** A kenmerk of the zaak in another system. */
    public record ZaakKenmerk(@NotBlank @Size(max = 40) String kenmerk, @NotBlank @Size(max = 40) String bron) {
    }

    /** The object whose existence determines how long the zaak is kept. */
    public record Processobject(@NotBlank @Size(max = 250) String datumkenmerk,
                                @NotBlank @Size(max = 250) String identificatie,
                                @NotBlank @Size(max = 250) String objecttype,
                                @NotBlank @Size(max = 250) String registratie) {
    }
}
