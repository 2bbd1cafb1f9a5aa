-- Applicaties (ac-001..ac-003) and the JWT credentials of clients, kept apart from applicaties.
CREATE TABLE applicatie (
    uuid                             uuid PRIMARY KEY,
    label                            varchar(100) NOT NULL,
    heeft_alle_autorisaties          boolean      NOT NULL DEFAULT false,
    alleen_is_gereed_voor_publicatie boolean      NOT NULL DEFAULT false,
    version                          bigint       NOT NULL DEFAULT 0
);

-- ac-001: a client id belongs to one applicatie only; the primary key enforces it.
CREATE TABLE applicatie_client_id (
    client_id       varchar(50) PRIMARY KEY,
    applicatie_uuid uuid        NOT NULL REFERENCES applicatie (uuid) ON DELETE CASCADE,
    position        integer     NOT NULL
);
CREATE INDEX applicatie_client_id_applicatie_idx ON applicatie_client_id (applicatie_uuid, position);

CREATE TABLE autorisatie (
    id                              bigserial PRIMARY KEY,
    applicatie_uuid                 uuid          NOT NULL REFERENCES applicatie (uuid) ON DELETE CASCADE,
    position                        integer       NOT NULL,
    component                       varchar(3)    NOT NULL,
    scopes                          varchar(100)[] NOT NULL,
    zaaktype                        varchar(1000),
    informatieobjecttype            varchar(1000),
    besluittype                     varchar(1000),
    max_vertrouwelijkheidaanduiding varchar(20)
);
CREATE INDEX autorisatie_applicatie_idx ON autorisatie (applicatie_uuid, position);

-- Secrets are stored encrypted (AES-256-GCM, key from configuration), never in plain text.
CREATE TABLE credential (
    client_id         varchar(50) PRIMARY KEY,
    secret_ciphertext bytea       NOT NULL,
    secret_nonce      bytea       NOT NULL,
    created_at        timestamptz NOT NULL,
    rotated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0
);
