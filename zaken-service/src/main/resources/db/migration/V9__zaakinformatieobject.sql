-- Zaakinformatieobjecten live in zaak_onderdeel (soort 'zaakinformatieobject', sleutel = the
-- informatieobject's URL). A zaak names a document once.
CREATE UNIQUE INDEX zaak_onderdeel_informatieobject_uniek ON zaak_onderdeel (zaak, sleutel)
    WHERE soort = 'zaakinformatieobject';
-- a status lists the zaakinformatieobjecten that name it
CREATE INDEX zaak_onderdeel_informatieobject_status_idx ON zaak_onderdeel ((data ->> 'status'))
    WHERE soort = 'zaakinformatieobject';

-- The relations this API leads whose mirror in another API is not known to be in step yet
-- (ADR 0016, nl.zgw.shared.spiegeling): for soort 'zaakinformatieobject' (bron: the zaak's URL,
-- doel: the document's) 'aanmaken' from the moment the zaakinformatieobject is stored until the
-- Documenten API has its objectinformatieobject, 'verwijderen' from the moment it (or its zaak) is
-- deleted until the Documenten API no longer has it. No reference to the zaak: a removal outlives it.
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
