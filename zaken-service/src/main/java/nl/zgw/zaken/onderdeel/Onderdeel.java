package nl.zgw.zaken.onderdeel;

/** A resource inside a zaak: it names its zaak by URL. */
public interface Onderdeel {

    String url();

    String zaak();
}
