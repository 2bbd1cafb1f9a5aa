-- Verzendingen: a document sent to or received from a betrokkene, at one address. Listed by
-- document, betrokkene and aardRelatie; removed with their document.
CREATE TABLE verzending (
    uuid             uuid PRIMARY KEY,
    informatieobject uuid         NOT NULL REFERENCES informatieobject (uuid) ON DELETE CASCADE,
    betrokkene       varchar(200) NOT NULL,
    aard_relatie     varchar(20)  NOT NULL,
    data             jsonb        NOT NULL,
    volgorde         bigserial    NOT NULL
);
CREATE INDEX verzending_informatieobject_idx ON verzending (informatieobject, volgorde);
CREATE INDEX verzending_betrokkene_idx ON verzending (betrokkene, volgorde);
