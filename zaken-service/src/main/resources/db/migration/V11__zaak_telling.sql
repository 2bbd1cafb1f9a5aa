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

CREATE FUNCTION zaak_telling_bij() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO zaak_telling AS t VALUES (OLD.zaaktype, OLD.vertrouwelijkheid_rank, pg_backend_pid() % 16, -1)
            ON CONFLICT (zaaktype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal - 1;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO zaak_telling AS t VALUES (NEW.zaaktype, NEW.vertrouwelijkheid_rank, pg_backend_pid() % 16, 1)
            ON CONFLICT (zaaktype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal + 1;
    END IF;
    RETURN NULL;
END
$$;

-- The triggers first: creating them waits for every transaction writing zaak and holds off new
-- ones until this migration commits, so the count below sees every zaak and misses none.
CREATE TRIGGER zaak_telling_nieuw_weg AFTER INSERT OR DELETE ON zaak
    FOR EACH ROW EXECUTE FUNCTION zaak_telling_bij();
CREATE TRIGGER zaak_telling_gewijzigd AFTER UPDATE OF zaaktype, vertrouwelijkheid_rank ON zaak
    FOR EACH ROW WHEN (OLD.zaaktype IS DISTINCT FROM NEW.zaaktype
                       OR OLD.vertrouwelijkheid_rank IS DISTINCT FROM NEW.vertrouwelijkheid_rank)
    EXECUTE FUNCTION zaak_telling_bij();

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
