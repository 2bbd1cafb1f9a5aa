-- Catalogi API 1.3.3: catalogussen and every type in them.
--
-- Each type is one row of catalogus_object: the columns hold what is queried, related or checked
-- (soort, catalogus, parent zaaktype, identifying key, concept, geldigheid); data holds the
-- resource's own fields as the client last wrote them (JSON). See docs/adr/0009.
CREATE TABLE catalogus (
    uuid     uuid PRIMARY KEY,
    domein   varchar(5) NOT NULL,
    rsin     varchar(9) NOT NULL,
    data     jsonb      NOT NULL,
    volgorde bigserial  NOT NULL,
    CONSTRAINT catalogus_domein_rsin_uniek UNIQUE (domein, rsin)
);
CREATE INDEX catalogus_volgorde_idx ON catalogus (volgorde);

CREATE TABLE catalogus_object (
    uuid             uuid PRIMARY KEY,
    soort            varchar(40)  NOT NULL,
    catalogus        uuid         NOT NULL REFERENCES catalogus (uuid),
    -- the zaaktype a statustype, roltype, resultaattype, eigenschap, zaakobjecttype or
    -- zaaktype-informatieobjecttype belongs to; its rows go with it
    zaaktype         uuid REFERENCES catalogus_object (uuid) ON DELETE CASCADE,
    -- what other types use to name this one: identificatie of a zaaktype, omschrijving of an
    -- informatieobjecttype or besluittype
    sleutel          varchar(100),
    -- own for zaaktype, informatieobjecttype and besluittype; the zaaktype's for the rest
    concept          boolean      NOT NULL,
    -- effective geldigheid: own, or the zaaktype's where a child sets none
    begin_geldigheid date,
    einde_geldigheid date,
    data             jsonb        NOT NULL,
    volgorde         bigserial    NOT NULL,
    CONSTRAINT catalogus_object_soort_check CHECK (soort IN ('zaaktype', 'informatieobjecttype', 'besluittype',
        'statustype', 'roltype', 'resultaattype', 'eigenschap', 'zaaktype-informatieobjecttype', 'zaakobjecttype')),
    CONSTRAINT catalogus_object_parent_check CHECK ((zaaktype IS NULL) = (soort IN ('zaaktype',
        'informatieobjecttype', 'besluittype')))
);
-- lists: by catalogus, by zaaktype, by identifying key (versions), in creation order
CREATE INDEX catalogus_object_catalogus_idx ON catalogus_object (soort, catalogus, volgorde);
CREATE INDEX catalogus_object_zaaktype_idx ON catalogus_object (zaaktype, soort, volgorde) WHERE zaaktype IS NOT NULL;
CREATE INDEX catalogus_object_sleutel_idx ON catalogus_object (soort, sleutel, catalogus, begin_geldigheid);
-- zaaktype-informatieobjecttypen by the omschrijving they name
CREATE INDEX catalogus_object_ziot_idx ON catalogus_object (catalogus, (data ->> 'informatieobjecttype'))
    WHERE soort = 'zaaktype-informatieobjecttype';
