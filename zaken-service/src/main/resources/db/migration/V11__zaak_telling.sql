-- The exact number of zaken per (zaaktype, vertrouwelijkheid_rank), kept by triggers in the
-- transaction that changes zaak, so that a rolled-back change is never counted and the count of a
-- list that filters on nothing but zaaktype and the authorisation filter (the common case) costs a
-- sum over a few rows however many zaken there are (ADR 0020). Each key is spread over 16 slots
-- (by the backend's pid), so that concurrent inserts of one zaaktype do not queue on one row lock;
-- a slot may go negative (a zaak counted in one slot, deleted through another): only sums mean
-- something.
CREATE TABLE zaak_telling (
    zaaktype               varchar(1000) NOT NULL,
    vertrouwelijkheid_rank smallint      NOT NULL,
    slot                   smallint      NOT NULL,
    aantal                 bigint        NOT NULL,
    PRIMARY KEY (zaaktype, vertrouwelijkheid_rank, slot)
);

-- Statement-level triggers with transition tables: one upsert per (zaaktype, level) a statement
-- touches, not one per row (a row-level upsert of one counter row, repeated within one
-- transaction, makes every later update walk all earlier versions of that row).
CREATE FUNCTION zaak_telling_bij() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO zaak_telling AS t
        SELECT zaaktype, vertrouwelijkheid_rank, pg_backend_pid() % 16, count(*) FROM nieuw
        GROUP BY zaaktype, vertrouwelijkheid_rank
        ON CONFLICT (zaaktype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO zaak_telling AS t
        SELECT zaaktype, vertrouwelijkheid_rank, pg_backend_pid() % 16, -count(*) FROM oud
        GROUP BY zaaktype, vertrouwelijkheid_rank
        ON CONFLICT (zaaktype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSE
        -- an update moves zaken between keys only when it changes zaaktype or level; usually nothing
        INSERT INTO zaak_telling AS t
        SELECT zaaktype, vertrouwelijkheid_rank, pg_backend_pid() % 16, sum(n)
        FROM (SELECT zaaktype, vertrouwelijkheid_rank, -1 AS n FROM oud
              UNION ALL SELECT zaaktype, vertrouwelijkheid_rank, 1 FROM nieuw) AS verschil
        GROUP BY zaaktype, vertrouwelijkheid_rank HAVING sum(n) <> 0
        ON CONFLICT (zaaktype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    END IF;
    RETURN NULL;
END
$$;

-- The triggers first: creating them waits for every transaction writing zaak and holds off new
-- ones until this migration commits, so the count below sees every zaak and misses none.
CREATE TRIGGER zaak_telling_nieuw AFTER INSERT ON zaak REFERENCING NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION zaak_telling_bij();
CREATE TRIGGER zaak_telling_weg AFTER DELETE ON zaak REFERENCING OLD TABLE AS oud
    FOR EACH STATEMENT EXECUTE FUNCTION zaak_telling_bij();
CREATE TRIGGER zaak_telling_gewijzigd AFTER UPDATE ON zaak REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION zaak_telling_bij();

INSERT INTO zaak_telling (zaaktype, vertrouwelijkheid_rank, slot, aantal)
SELECT zaaktype, vertrouwelijkheid_rank, 0, count(*) FROM zaak GROUP BY zaaktype, vertrouwelijkheid_rank;

-- Pages: the uuids of a page are chosen from the index alone (an index-only scan past the offset)
-- and only the page's own rows are read from the table.
CREATE INDEX zaak_volgorde_uuid_idx ON zaak (volgorde) INCLUDE (uuid);
DROP INDEX zaak_volgorde_idx;
ALTER INDEX zaak_volgorde_uuid_idx RENAME TO zaak_volgorde_idx;
CREATE INDEX zaak_autorisatie_uuid_idx ON zaak (zaaktype, vertrouwelijkheid_rank, volgorde) INCLUDE (uuid);
DROP INDEX zaak_autorisatie_idx;
ALTER INDEX zaak_autorisatie_uuid_idx RENAME TO zaak_autorisatie_idx;
