package nl.zgw.catalogi.http;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the type a detail read answers with is published: the types of a zaaktype (statustypen,
 * roltypen, ...) carry no concept field of their own, so the read tells {@link CacheControlFilter}.
 */
@RequestScoped
public class Gepubliceerd {

    private boolean value;

    public boolean value() {
        return value;
    }

    public void set(boolean value) {
        this.value = value;
    }
}
