-- Everything that lives inside a zaak (statussen, resultaten, rollen, zaakobjecten,
-- zaakeigenschappen, klantcontacten, zaakcontactmomenten, zaakverzoeken): one table, typed columns
-- for what the lists filter on, the rest as written (ADR 0011). Deleting a zaak deletes them (zrc-023).
CREATE TABLE zaak_onderdeel (
    uuid     uuid PRIMARY KEY,
    soort    varchar(30)   NOT NULL,
    zaak     uuid          NOT NULL REFERENCES zaak (uuid) ON DELETE CASCADE,
    -- statustype, resultaattype, roltype, eigenschap or zaakobjecttype
    type     varchar(1000),
    -- betrokkene, object, contactmoment or verzoek
    sleutel  varchar(1000),
    -- betrokkeneType or objectType
    subsoort varchar(40),
    -- datumStatusGezet, registratiedatum of a rol, datumtijd of a klantcontact
    moment   timestamptz,
    data     jsonb         NOT NULL,
    volgorde bigserial     NOT NULL
);
CREATE INDEX zaak_onderdeel_zaak_idx ON zaak_onderdeel (zaak, soort, volgorde);
CREATE INDEX zaak_onderdeel_soort_idx ON zaak_onderdeel (soort, volgorde);
CREATE INDEX zaak_onderdeel_type_idx ON zaak_onderdeel (soort, type);
CREATE INDEX zaak_onderdeel_sleutel_idx ON zaak_onderdeel (soort, sleutel);
-- rol__betrokkeneIdentificatie__... filters: containment on the identificatie
CREATE INDEX zaak_onderdeel_identificatie_idx ON zaak_onderdeel
    USING gin ((data -> 'betrokkeneIdentificatie') jsonb_path_ops) WHERE soort = 'rol';
-- a zaak has at most one resultaat
CREATE UNIQUE INDEX zaak_onderdeel_resultaat_uniek ON zaak_onderdeel (zaak) WHERE soort = 'resultaat';

-- Audit trail of a zaak and everything inside it: removed with the zaak (zrc-023).
CREATE TABLE audittrail (
    uuid         uuid PRIMARY KEY,
    zaak         uuid        NOT NULL REFERENCES zaak (uuid) ON DELETE CASCADE,
    aanmaakdatum timestamptz NOT NULL,
    data         jsonb       NOT NULL,
    volgorde     bigserial   NOT NULL
);
CREATE INDEX audittrail_zaak_idx ON audittrail (zaak, volgorde);
