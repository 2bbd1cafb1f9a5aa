package nl.zgw.catalogi.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import nl.zgw.catalogi.model.BesluitType;
import nl.zgw.catalogi.model.InformatieObjectType;
import nl.zgw.catalogi.model.ZaakType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Lets other services cache what may be cached: a published zaaktype, informatieobjecttype or
 * besluittype read without {@code expand} may be reused for {@code catalogi.cache.published-max-age}
 * (it only ever changes by an eindeGeldigheid or a forced correction); everything else must be
 * revalidated with its ETag ({@code no-cache}). Answers are {@code private}: they depend on the
 * caller's authorisation, so shared caches must not keep them.
 */
@Provider
public class CacheControlFilter implements ContainerResponseFilter {

    private final long maxAge;

    public CacheControlFilter(@ConfigProperty(name = "catalogi.cache.published-max-age", defaultValue = "PT5M")
                              Duration maxAge) {
        this.maxAge = maxAge.toSeconds();
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
                : entity instanceof BesluitType b && Boolean.FALSE.equals(b.concept()) && b.expand() == null;
        response.getHeaders().putSingle("Cache-Control", published && maxAge > 0
                ? "private, max-age=" + maxAge : "private, no-cache");
    }
}
