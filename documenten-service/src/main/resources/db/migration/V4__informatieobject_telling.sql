-- The exact number of documents per (informatieobjecttype, vertrouwelijkheid_rank), kept by
-- triggers in the writing transaction, as the Zaken API keeps zaak_telling (ADR 0020): the count of
-- an unfiltered list (with the authorisation filter, a condition on exactly these two columns) is a
-- sum over a few rows however many documents there are. Each key is spread over 16 slots (by the
-- backend's pid) so that concurrent creates do not queue on one row lock; only sums mean something.
CREATE TABLE informatieobject_telling (
    informatieobjecttype   varchar(200) NOT NULL,
    vertrouwelijkheid_rank smallint     NOT NULL,
    slot                   smallint     NOT NULL,
    aantal                 bigint       NOT NULL,
    PRIMARY KEY (informatieobjecttype, vertrouwelijkheid_rank, slot)
);

-- Per statement, with transition tables: one upsert per key a statement touches; counter rows
-- locked in key order, so statements touching the same keys cannot deadlock on them.
CREATE FUNCTION informatieobject_telling_bij() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO informatieobject_telling AS t
        SELECT informatieobjecttype, vertrouwelijkheid_rank, pg_backend_pid() % 16, count(*) FROM nieuw
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (informatieobjecttype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO informatieobject_telling AS t
        SELECT informatieobjecttype, vertrouwelijkheid_rank, pg_backend_pid() % 16, -count(*) FROM oud
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (informatieobjecttype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'TRUNCATE' THEN
        DELETE FROM informatieobject_telling;
    ELSE
        -- a new version moves a document between keys only when it changes type or level
        INSERT INTO informatieobject_telling AS t
        SELECT informatieobjecttype, vertrouwelijkheid_rank, pg_backend_pid() % 16, sum(n)
        FROM (SELECT informatieobjecttype, vertrouwelijkheid_rank, -1 AS n FROM oud
              UNION ALL SELECT informatieobjecttype, vertrouwelijkheid_rank, 1 FROM nieuw) AS verschil
        GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
        ON CONFLICT (informatieobjecttype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    END IF;
    RETURN NULL;
END
$$;

-- The triggers first: creating them waits for every transaction writing informatieobject and holds
-- off new ones until this migration commits, so the count below sees every document and misses none.
CREATE TRIGGER informatieobject_telling_nieuw AFTER INSERT ON informatieobject REFERENCING NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION informatieobject_telling_bij();
CREATE TRIGGER informatieobject_telling_weg AFTER DELETE ON informatieobject REFERENCING OLD TABLE AS oud
    FOR EACH STATEMENT EXECUTE FUNCTION informatieobject_telling_bij();
CREATE TRIGGER informatieobject_telling_gewijzigd AFTER UPDATE ON informatieobject
    REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION informatieobject_telling_bij();
CREATE TRIGGER informatieobject_telling_leeg AFTER TRUNCATE ON informatieobject
    FOR EACH STATEMENT EXECUTE FUNCTION informatieobject_telling_bij();

INSERT INTO informatieobject_telling (informatieobjecttype, vertrouwelijkheid_rank, slot, aantal)
SELECT informatieobjecttype, vertrouwelijkheid_rank, 0, count(*) FROM informatieobject GROUP BY 1, 2;

-- Pages: the uuids of a page are chosen from the index alone (an index-only scan past the offset),
-- and only the page's documents are joined to their latest versions.
CREATE INDEX informatieobject_volgorde_uuid_idx ON informatieobject (volgorde) INCLUDE (uuid);
DROP INDEX informatieobject_volgorde_idx;
ALTER INDEX informatieobject_volgorde_uuid_idx RENAME TO informatieobject_volgorde_idx;
CREATE INDEX informatieobject_autorisatie_uuid_idx ON informatieobject (informatieobjecttype, vertrouwelijkheid_rank, volgorde)
    INCLUDE (uuid);
DROP INDEX informatieobject_autorisatie_idx;
ALTER INDEX informatieobject_autorisatie_uuid_idx RENAME TO informatieobject_autorisatie_idx;
