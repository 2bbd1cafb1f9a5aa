-- Zaken API 1.7.0: zaken. Typed, indexed columns for everything the list filters, orders or
-- authorises on; data holds the rest of the zaak as written (JSON), as in the Catalogi API (ADR 0009).
CREATE TABLE zaak (
    uuid                           uuid PRIMARY KEY,
    identificatie                  varchar(40)   NOT NULL,
    bronorganisatie                varchar(9)    NOT NULL,
    zaaktype                       varchar(1000) NOT NULL,
    vertrouwelijkheidaanduiding    varchar(20)   NOT NULL,
    vertrouwelijkheid_rank         smallint      NOT NULL,
    startdatum                     date          NOT NULL,
    registratiedatum               date          NOT NULL,
    einddatum                      date,
    einddatum_gepland              date,
    uiterlijke_einddatum_afdoening date,
    archiefnominatie               varchar(16),
    archiefstatus                  varchar(40)   NOT NULL,
    archiefactiedatum              date,
    hoofdzaak                      uuid REFERENCES zaak (uuid),
    data                           jsonb         NOT NULL,
    volgorde                       bigserial     NOT NULL,
    CONSTRAINT zaak_identificatie_uniek UNIQUE (bronorganisatie, identificatie)
);
-- the authorisation filter: (zaaktype = ? AND vertrouwelijkheid_rank <= ?) OR ...
CREATE INDEX zaak_autorisatie_idx ON zaak (zaaktype, vertrouwelijkheid_rank, volgorde);
CREATE INDEX zaak_volgorde_idx ON zaak (volgorde);
CREATE INDEX zaak_startdatum_idx ON zaak (startdatum);
CREATE INDEX zaak_einddatum_idx ON zaak (einddatum);
CREATE INDEX zaak_archief_idx ON zaak (archiefnominatie, archiefactiedatum);
CREATE INDEX zaak_hoofdzaak_idx ON zaak (hoofdzaak) WHERE hoofdzaak IS NOT NULL;

-- The last zaaknummer handed out per bronorganisatie and year; it only goes up, so a number is
-- never given twice, also not after the zaak that had it is deleted.
CREATE TABLE zaaknummer (
    bronorganisatie varchar(9) NOT NULL,
    jaar            integer    NOT NULL,
    laatste         bigint     NOT NULL,
    PRIMARY KEY (bronorganisatie, jaar)
);
