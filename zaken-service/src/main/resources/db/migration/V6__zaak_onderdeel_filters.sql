-- Filters of the rollen and zaakobjecten lists: betrokkeneType / objectType, and the rol's
-- omschrijvingGeneriek (also rol__omschrijvingGeneriek on zaken).
CREATE INDEX zaak_onderdeel_subsoort_idx ON zaak_onderdeel (soort, subsoort, volgorde);
CREATE INDEX zaak_onderdeel_generiek_idx ON zaak_onderdeel ((data ->> 'omschrijvingGeneriek'))
    WHERE soort = 'rol';
