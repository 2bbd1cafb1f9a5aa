-- What a zaak's representation lists of its objects (rollen, resultaat, zaakobjecten,
-- zaakeigenschappen, zaakinformatieobjecten, the latest status) is read for a page of zaken in one
-- query on zaak = ANY(...) (OnderdeelStore.overzicht): zaak_onderdeel_zaak_idx now carries uuid
-- and moment, so that query reads the index alone instead of one heap page per object.
CREATE INDEX zaak_onderdeel_zaak_overzicht_idx ON zaak_onderdeel (zaak, soort, volgorde) INCLUDE (uuid, moment);
DROP INDEX zaak_onderdeel_zaak_idx;
ALTER INDEX zaak_onderdeel_zaak_overzicht_idx RENAME TO zaak_onderdeel_zaak_idx;
