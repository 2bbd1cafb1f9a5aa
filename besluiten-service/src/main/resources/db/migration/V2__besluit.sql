-- Besluiten API 1.1.0: besluiten. Typed, indexed columns for what the list filters, orders or
-- authorises on (a besluit has no vertrouwelijkheidaanduiding: authorisation is by besluittype
-- only); data holds the besluit as written (ADR 0013).
CREATE TABLE besluit (
    uuid                          uuid PRIMARY KEY,
    identificatie                 varchar(50)  NOT NULL,
    verantwoordelijke_organisatie varchar(9)   NOT NULL,
    besluittype                   varchar(200) NOT NULL,
    zaak                          varchar(200),
    datum                         date         NOT NULL,
    ingangsdatum                  date         NOT NULL,
    vervaldatum                   date,
    data                          jsonb        NOT NULL,
    volgorde                      bigserial    NOT NULL,
    CONSTRAINT besluit_identificatie_uniek UNIQUE (verantwoordelijke_organisatie, identificatie)
);
CREATE INDEX besluit_volgorde_idx ON besluit (volgorde);
-- the authorisation filter (besluittype = ? OR ...) and the filter besluittype
CREATE INDEX besluit_besluittype_idx ON besluit (besluittype, volgorde);
CREATE INDEX besluit_identificatie_idx ON besluit (identificatie, volgorde);
CREATE INDEX besluit_verantwoordelijke_organisatie_idx ON besluit (verantwoordelijke_organisatie, volgorde);
CREATE INDEX besluit_zaak_idx ON besluit (zaak, volgorde) WHERE zaak IS NOT NULL;

-- brc-002: every identificatie ever given to a besluit, per verantwoordelijke organisatie. Rows are
-- never deleted: an identificatie is used once, also after its besluit is gone.
CREATE TABLE besluitidentificatie (
    verantwoordelijke_organisatie varchar(9)  NOT NULL,
    identificatie                 varchar(50) NOT NULL,
    PRIMARY KEY (verantwoordelijke_organisatie, identificatie)
);

-- BESLUIT-<year>-<10 digits>: the last number handed out per verantwoordelijke organisatie and
-- year; it only goes up.
CREATE TABLE besluitnummer (
    verantwoordelijke_organisatie varchar(9) NOT NULL,
    jaar                          integer    NOT NULL,
    laatste                       bigint     NOT NULL,
    PRIMARY KEY (verantwoordelijke_organisatie, jaar)
);

-- Audit trail of a besluit (shared-model nl.zgw.shared.audittrail): removed with the besluit (brc-009).
CREATE TABLE audittrail (
    uuid         uuid PRIMARY KEY,
    hoofd_object uuid        NOT NULL REFERENCES besluit (uuid) ON DELETE CASCADE,
    aanmaakdatum timestamptz NOT NULL,
    data         jsonb       NOT NULL,
    volgorde     bigserial   NOT NULL
);
CREATE INDEX audittrail_hoofd_object_idx ON audittrail (hoofd_object, volgorde);
