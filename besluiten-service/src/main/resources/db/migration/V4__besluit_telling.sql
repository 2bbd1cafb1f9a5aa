-- The exact number of besluiten per besluittype, kept by triggers in the writing transaction, as the
-- Zaken API keeps zaak_telling (ADR 0020): the count of an unfiltered list (with the authorisation
-- filter, a condition on besluittype alone) is a sum over a few rows however many besluiten there
-- are. Each type is spread over 16 slots (by the backend's pid) so that concurrent creates do not
-- queue on one row lock; only sums mean something.
CREATE TABLE besluit_telling (
    besluittype varchar(200) NOT NULL,
    slot        smallint     NOT NULL,
    aantal      bigint       NOT NULL,
    PRIMARY KEY (besluittype, slot)
);

-- Per statement, with transition tables: one upsert per type a statement touches; counter rows
-- locked in key order, so statements touching the same types cannot deadlock on them.
CREATE FUNCTION besluit_telling_bij() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO besluit_telling AS t
        SELECT besluittype, pg_backend_pid() % 16, count(*) FROM nieuw GROUP BY 1 ORDER BY 1
        ON CONFLICT (besluittype, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO besluit_telling AS t
        SELECT besluittype, pg_backend_pid() % 16, -count(*) FROM oud GROUP BY 1 ORDER BY 1
        ON CONFLICT (besluittype, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'TRUNCATE' THEN
        DELETE FROM besluit_telling;
    ELSE
        INSERT INTO besluit_telling AS t
        SELECT besluittype, pg_backend_pid() % 16, sum(n)
        FROM (SELECT besluittype, -1 AS n FROM oud UNION ALL SELECT besluittype, 1 FROM nieuw) AS verschil
        GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1
        ON CONFLICT (besluittype, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    END IF;
    RETURN NULL;
END
$$;

-- The triggers first: creating them waits for every transaction writing besluit and holds off new
-- ones until this migration commits, so the count below sees every besluit and misses none.
CREATE TRIGGER besluit_telling_nieuw AFTER INSERT ON besluit REFERENCING NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION besluit_telling_bij();
CREATE TRIGGER besluit_telling_weg AFTER DELETE ON besluit REFERENCING OLD TABLE AS oud
    FOR EACH STATEMENT EXECUTE FUNCTION besluit_telling_bij();
CREATE TRIGGER besluit_telling_gewijzigd AFTER UPDATE ON besluit REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION besluit_telling_bij();
CREATE TRIGGER besluit_telling_leeg AFTER TRUNCATE ON besluit FOR EACH STATEMENT EXECUTE FUNCTION besluit_telling_bij();

INSERT INTO besluit_telling (besluittype, slot, aantal) SELECT besluittype, 0, count(*) FROM besluit GROUP BY 1;

-- Pages: the uuids of a page are chosen from the index alone (an index-only scan past the offset),
-- and only the page's own rows are read.
CREATE INDEX besluit_volgorde_uuid_idx ON besluit (volgorde) INCLUDE (uuid);
DROP INDEX besluit_volgorde_idx;
ALTER INDEX besluit_volgorde_uuid_idx RENAME TO besluit_volgorde_idx;
CREATE INDEX besluit_besluittype_uuid_idx ON besluit (besluittype, volgorde) INCLUDE (uuid);
DROP INDEX besluit_besluittype_idx;
ALTER INDEX besluit_besluittype_uuid_idx RENAME TO besluit_besluittype_idx;
