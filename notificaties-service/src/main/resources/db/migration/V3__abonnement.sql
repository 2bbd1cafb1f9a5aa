-- Abonnementen: a consumer's callback, the Authorization value to deliver with, and per kanaal the
-- kenmerken it filters on. The owner is the client that created it.
CREATE TABLE abonnement (
    uuid         uuid PRIMARY KEY,
    callback_url varchar(1000) NOT NULL,
    auth         varchar(1000) NOT NULL,
    client_id    varchar(50)   NOT NULL,
    version      bigint        NOT NULL DEFAULT 0
);
CREATE INDEX abonnement_client_idx ON abonnement (client_id, uuid);

CREATE TABLE abonnement_kanaal (
    id              bigserial PRIMARY KEY,
    abonnement_uuid uuid        NOT NULL REFERENCES abonnement (uuid) ON DELETE CASCADE,
    position        integer     NOT NULL,
    kanaal_naam     varchar(50) NOT NULL REFERENCES kanaal (naam),
    filters         jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX abonnement_kanaal_abonnement_idx ON abonnement_kanaal (abonnement_uuid, position);
-- delivery looks up the abonnementen of one kanaal
CREATE INDEX abonnement_kanaal_naam_idx ON abonnement_kanaal (kanaal_naam);
