-- Zaakinformatieobjecten live in zaak_onderdeel (soort 'zaakinformatieobject', sleutel = the
-- informatieobject's URL). A zaak names a document once.
CREATE UNIQUE INDEX zaak_onderdeel_informatieobject_uniek ON zaak_onderdeel (zaak, sleutel)
    WHERE soort = 'zaakinformatieobject';
-- a status lists the zaakinformatieobjecten that name it
CREATE INDEX zaak_onderdeel_informatieobject_status_idx ON zaak_onderdeel ((data ->> 'status'))
    WHERE soort = 'zaakinformatieobject';

-- The mirror of each zaakinformatieobject in the Documenten API (its objectinformatieobject) that is
-- not known to be in step yet (ADR 0016): 'aanmaken' from the moment the zaakinformatieobject is
-- stored until the Documenten API has the objectinformatieobject, 'verwijderen' from the moment it
-- (or its zaak) is deleted until the Documenten API no longer has it. No reference to the zaak: a
-- 'verwijderen' outlives it.
CREATE TABLE zaakinformatieobject_spiegeling (
    uuid             uuid PRIMARY KEY,
    actie            varchar(12)   NOT NULL CHECK (actie IN ('aanmaken', 'verwijderen')),
    zaak             varchar(1000) NOT NULL,
    informatieobject varchar(1000) NOT NULL,
    sinds            timestamptz   NOT NULL DEFAULT now(),
    pogingen         integer       NOT NULL DEFAULT 0,
    volgende         timestamptz   NOT NULL DEFAULT now(),
    fout             text
);
CREATE INDEX zaakinformatieobject_spiegeling_volgende_idx ON zaakinformatieobject_spiegeling (volgende);
