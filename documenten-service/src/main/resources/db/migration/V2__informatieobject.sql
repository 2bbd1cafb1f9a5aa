-- An enkelvoudiginformatieobject: one row with what is filtered, ordered, authorised and locked on
-- (its latest version's values), and one row per version with the version's fields as the client
-- wrote them (data) and where its content is stored (ADR 0013, ADR 0015).
CREATE TABLE informatieobject (
    uuid                        uuid PRIMARY KEY,
    bronorganisatie             varchar(9)   NOT NULL,
    identificatie               varchar(40)  NOT NULL,
    informatieobjecttype        varchar(200) NOT NULL,
    vertrouwelijkheidaanduiding varchar(20)  NOT NULL,
    vertrouwelijkheid_rank      smallint     NOT NULL,
    versie                      integer      NOT NULL,
    lock                        varchar(64),
    trefwoorden                 text[]       NOT NULL DEFAULT '{}',
    volgorde                    bigserial    NOT NULL,
    CONSTRAINT informatieobject_identificatie_uniek UNIQUE (bronorganisatie, identificatie)
);
CREATE INDEX informatieobject_volgorde_idx ON informatieobject (volgorde);
CREATE INDEX informatieobject_autorisatie_idx ON informatieobject (informatieobjecttype, vertrouwelijkheid_rank, volgorde);
CREATE INDEX informatieobject_trefwoorden_idx ON informatieobject USING gin (trefwoorden);

CREATE TABLE informatieobject_versie (
    informatieobject  uuid        NOT NULL REFERENCES informatieobject (uuid) ON DELETE CASCADE,
    versie            integer     NOT NULL,
    begin_registratie timestamptz NOT NULL,
    data              jsonb       NOT NULL,
    -- the key of the content in the storage (null: no content), its size and SHA-256
    inhoud            varchar(200),
    bestandsomvang    bigint,
    sha256            char(64),
    PRIMARY KEY (informatieobject, versie)
);
CREATE INDEX informatieobject_versie_registratie_idx ON informatieobject_versie (informatieobject, begin_registratie);

-- DOCUMENT-<year>-<10 digits>: the last number given per bronorganisatie and year.
CREATE TABLE documentnummer (
    bronorganisatie varchar(9) NOT NULL,
    jaar            integer    NOT NULL,
    laatste         bigint     NOT NULL,
    PRIMARY KEY (bronorganisatie, jaar)
);

-- The parts of a large file, until unlock assembles them (large files: bestandsdelen).
CREATE TABLE bestandsdeel (
    uuid             uuid PRIMARY KEY,
    informatieobject uuid    NOT NULL REFERENCES informatieobject (uuid) ON DELETE CASCADE,
    volgnummer       integer NOT NULL,
    omvang           bigint  NOT NULL CHECK (omvang > 0),
    inhoud           varchar(200),
    CONSTRAINT bestandsdeel_volgnummer_uniek UNIQUE (informatieobject, volgnummer)
);

-- The relations of a document with zaken, besluiten and verzoeken; a document with relations is
-- not deleted (drc-008), hence no cascade.
CREATE TABLE objectinformatieobject (
    uuid             uuid PRIMARY KEY,
    informatieobject uuid          NOT NULL REFERENCES informatieobject (uuid),
    object           varchar(1000) NOT NULL,
    object_type      varchar(20)   NOT NULL,
    volgorde         bigserial     NOT NULL,
    CONSTRAINT objectinformatieobject_uniek UNIQUE (informatieobject, object)
);
CREATE INDEX objectinformatieobject_object_idx ON objectinformatieobject (object);

CREATE TABLE gebruiksrecht (
    uuid             uuid PRIMARY KEY,
    informatieobject uuid        NOT NULL REFERENCES informatieobject (uuid) ON DELETE CASCADE,
    startdatum       timestamptz NOT NULL,
    einddatum        timestamptz,
    data             jsonb       NOT NULL,
    volgorde         bigserial   NOT NULL
);
CREATE INDEX gebruiksrecht_informatieobject_idx ON gebruiksrecht (informatieobject, volgorde);

-- Audit trail of a document and its gebruiksrechten (shared-model nl.zgw.shared.audittrail):
-- removed with the document (drc-008).
CREATE TABLE audittrail (
    uuid         uuid PRIMARY KEY,
    hoofd_object uuid        NOT NULL REFERENCES informatieobject (uuid) ON DELETE CASCADE,
    aanmaakdatum timestamptz NOT NULL,
    data         jsonb       NOT NULL,
    volgorde     bigserial   NOT NULL
);
CREATE INDEX audittrail_hoofd_object_idx ON audittrail (hoofd_object, volgorde);
