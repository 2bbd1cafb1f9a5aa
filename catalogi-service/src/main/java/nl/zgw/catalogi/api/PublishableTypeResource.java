package nl.zgw.catalogi.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.catalogi.model.CatalogiResource;
import nl.zgw.catalogi.type.Expander;
import nl.zgw.catalogi.type.TypeKind;
import nl.zgw.catalogi.type.TypeService;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.ref.ResourceUrls;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/** Zaaktypen, informatieobjecttypen and besluittypen: a type resource with {@code /publish}. */
public abstract class PublishableTypeResource<T extends CatalogiResource> extends TypeResource<T> {

    protected PublishableTypeResource(TypeService service, TypeKind<T> kind, Filters filters, Expander expander,
                                      ResourceUrls urls) {
        super(service, kind, filters, expander, urls);
    }

    @POST
    @Path("/{uuid}/publish")
    @Consumes(MediaType.WILDCARD) // no body is needed; clients send none, {} or anything
    @Scopes(SCHRIJVEN)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "OK")
    public T publish(@PathParam("uuid") UUID uuid) {
        return service.publish(kind, uuid);
    }
}
