-- Deep pages of the unfiltered list (ADR 0020), as the Zaken API's zaak_blok (V13): how many besluiten
-- each block of 8192 consecutive volgorde values holds, kept by triggers in the transaction that
-- inserts or deletes them. A page far down the list finds the block it starts in by summing these
-- counts (a few rows per 8192 besluiten) and scans the index only from that block on, instead of
-- stepping over every row before it. volgorde is never changed (a trigger refuses it), so an
-- update changes no block. Spread over 16 slots (by the backend's pid): only sums mean something.
CREATE TABLE besluit_blok (
    blok   bigint   NOT NULL,
    slot   smallint NOT NULL,
    aantal bigint   NOT NULL,
    PRIMARY KEY (blok, slot)
);

CREATE FUNCTION besluit_blok_bij() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO besluit_blok AS t
        SELECT volgorde / 8192, pg_backend_pid() % 16, count(*) FROM nieuw GROUP BY 1 ORDER BY 1
        ON CONFLICT (blok, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO besluit_blok AS t
        SELECT volgorde / 8192, pg_backend_pid() % 16, -count(*) FROM oud GROUP BY 1 ORDER BY 1
        ON CONFLICT (blok, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'TRUNCATE' THEN
        DELETE FROM besluit_blok;
    END IF;
    RETURN NULL;
END
$$;

-- The blocks hold only while volgorde never changes: an update of it is refused.
CREATE FUNCTION besluit_volgorde_vast() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'besluit.volgorde is never changed (besluit_blok counts rows per block of it)';
END
$$;
CREATE TRIGGER besluit_volgorde_vast BEFORE UPDATE OF volgorde ON besluit FOR EACH ROW
    WHEN (old.volgorde IS DISTINCT FROM new.volgorde) EXECUTE FUNCTION besluit_volgorde_vast();

-- The triggers first: creating them waits for every transaction writing besluit and holds off new
-- ones until this migration commits, so the count below sees every row and misses none.
CREATE TRIGGER besluit_blok_nieuw AFTER INSERT ON besluit REFERENCING NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION besluit_blok_bij();
CREATE TRIGGER besluit_blok_weg AFTER DELETE ON besluit REFERENCING OLD TABLE AS oud
    FOR EACH STATEMENT EXECUTE FUNCTION besluit_blok_bij();
CREATE TRIGGER besluit_blok_leeg AFTER TRUNCATE ON besluit FOR EACH STATEMENT EXECUTE FUNCTION besluit_blok_bij();

INSERT INTO besluit_blok (blok, slot, aantal) SELECT volgorde / 8192, 0, count(*) FROM besluit GROUP BY 1;
