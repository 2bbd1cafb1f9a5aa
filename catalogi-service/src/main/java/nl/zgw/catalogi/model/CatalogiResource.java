package nl.zgw.catalogi.model;

/** A resource of the Catalogi API: it has a URL. */
public interface CatalogiResource {

    String url();
}
