-- Zaakbesluiten live in zaak_onderdeel (soort 'zaakbesluit', sleutel = the besluit's URL in the
-- Besluiten API, which leads the relation, brc-006). A zaak names a besluit once.
CREATE UNIQUE INDEX zaak_onderdeel_besluit_uniek ON zaak_onderdeel (zaak, sleutel)
    WHERE soort = 'zaakbesluit';
