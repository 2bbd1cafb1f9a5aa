package nl.zgw.catalogi.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import nl.zgw.catalogi.model.BesluitType;
import nl.zgw.catalogi.model.Catalogus;
import nl.zgw.catalogi.model.CatalogiResource;
import nl.zgw.catalogi.model.InformatieObjectType;
import nl.zgw.catalogi.model.ZaakType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Lets other services cache what may be cached: a published zaaktype, informatieobjecttype or
 * besluittype, and a type of a published zaaktype (statustype, roltype, resultaattype, eigenschap,
 * ...), read without {@code expand}, may be reused for {@code catalogi.cache.published-max-age}
 * (it only ever changes by an eindeGeldigheid or a forced correction); everything else must be
 * revalidated with its ETag ({@code no-cache}). Answers are {@code private}: they depend on the
 * caller's authorisation, so shared caches must not keep them.
 */
@Provider
public class CacheControlFilter implements ContainerResponseFilter {

    private final long maxAge;
    private final Gepubliceerd gepubliceerd;

    public CacheControlFilter(@ConfigProperty(name = "catalogi.cache.published-max-age", defaultValue = "PT5M")
                              Duration maxAge, Gepubliceerd gepubliceerd) {
        this.maxAge = maxAge.toSeconds();
        this.gepubliceerd = gepubliceerd;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) || response.getStatus() != 200
                || response.getHeaders().containsKey("Cache-Control")) {
            return;
        }
        Object entity = response.getEntity();
        boolean published = entity instanceof ZaakType z ? Boolean.FALSE.equals(z.concept()) && z.expand() == null
                : entity instanceof InformatieObjectType i ? Boolean.FALSE.equals(i.concept()) && i.expand() == null
                : entity instanceof BesluitType b ? Boolean.FALSE.equals(b.concept()) && b.expand() == null
                // the types of a published zaaktype (statustype, roltype, ...), read without expand
                : entity instanceof CatalogiResource && !(entity instanceof Catalogus) && gepubliceerd.value()
                        && !request.getUriInfo().getQueryParameters().containsKey("expand");
        response.getHeaders().putSingle("Cache-Control", published && maxAge > 0
                ? "private, max-age=" + maxAge : "private, no-cache");
    }
}
