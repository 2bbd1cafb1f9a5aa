-- BESLUITINFORMATIEOBJECT: a document of the Documenten API a besluit lays down (brc-003/004);
-- mirrored there as an objectinformatieobject (brc-005). Deleting the besluit deletes them (brc-009).
CREATE TABLE besluitinformatieobject (
    uuid             uuid PRIMARY KEY,
    besluit          uuid          NOT NULL REFERENCES besluit (uuid) ON DELETE CASCADE,
    informatieobject varchar(1000) NOT NULL,
    volgorde         bigserial     NOT NULL,
    CONSTRAINT besluitinformatieobject_uniek UNIQUE (besluit, informatieobject)
);
CREATE INDEX besluitinformatieobject_informatieobject_idx ON besluitinformatieobject (informatieobject, volgorde);
CREATE INDEX besluitinformatieobject_volgorde_idx ON besluitinformatieobject (volgorde);

-- The relations this API leads whose mirror in another API is not known to be in step yet
-- (ADR 0016, nl.zgw.shared.spiegeling): soort 'besluitinformatieobject' (bron: the besluit's URL,
-- doel: the document's; mirrored as an objectinformatieobject in the Documenten API) and soort
-- 'zaakbesluit' (uuid: the besluit's, bron: its URL, doel: the zaak's; mirrored as a zaakbesluit
-- in the Zaken API). No reference to the besluit: a removal outlives it.
CREATE TABLE spiegeling (
    uuid     uuid PRIMARY KEY,
    soort    varchar(40)   NOT NULL,
    actie    varchar(12)   NOT NULL CHECK (actie IN ('aanmaken', 'verwijderen')),
    bron     varchar(1000) NOT NULL,
    doel     varchar(1000) NOT NULL,
    sinds    timestamptz   NOT NULL DEFAULT now(),
    pogingen integer       NOT NULL DEFAULT 0,
    volgende timestamptz   NOT NULL DEFAULT now(),
    fout     text
);
CREATE INDEX spiegeling_volgende_idx ON spiegeling (volgende);
CREATE INDEX spiegeling_paar_idx ON spiegeling (bron, doel);
