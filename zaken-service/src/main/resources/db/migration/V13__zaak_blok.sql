-- Deep pages of the unfiltered list (ADR 0020): how many zaken each block of 8192 consecutive
-- volgorde values holds, kept by triggers in the transaction that inserts or deletes zaken (as
-- zaak_telling, V11). A page far down the list finds the block it starts in by summing these
-- counts (a few rows per 8192 zaken) and scans the index only from that block on, instead of
-- stepping over every zaak before it. volgorde is never changed (a trigger refuses it), so an
-- update changes no block.
-- Spread over 16 slots (by the backend's pid) like zaak_telling: only sums mean something.
CREATE TABLE zaak_blok (
    blok   bigint   NOT NULL,
    slot   smallint NOT NULL,
    aantal bigint   NOT NULL,
    PRIMARY KEY (blok, slot)
);

CREATE FUNCTION zaak_blok_bij() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO zaak_blok AS t
        SELECT volgorde / 8192, pg_backend_pid() % 16, count(*) FROM nieuw GROUP BY 1 ORDER BY 1
        ON CONFLICT (blok, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO zaak_blok AS t
        SELECT volgorde / 8192, pg_backend_pid() % 16, -count(*) FROM oud GROUP BY 1 ORDER BY 1
        ON CONFLICT (blok, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'TRUNCATE' THEN
        DELETE FROM zaak_blok;
    END IF;
    RETURN NULL;
END
$$;

-- The blocks hold only while volgorde never changes: an update of it is refused.
CREATE FUNCTION zaak_volgorde_vast() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'zaak.volgorde is never changed (zaak_blok counts zaken per block of it)';
END
$$;
CREATE TRIGGER zaak_volgorde_vast BEFORE UPDATE OF volgorde ON zaak FOR EACH ROW
    WHEN (old.volgorde IS DISTINCT FROM new.volgorde) EXECUTE FUNCTION zaak_volgorde_vast();

-- The triggers first: creating them waits for every transaction writing zaak and holds off new
-- ones until this migration commits, so the count below sees every zaak and misses none.
CREATE TRIGGER zaak_blok_nieuw AFTER INSERT ON zaak REFERENCING NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION zaak_blok_bij();
CREATE TRIGGER zaak_blok_weg AFTER DELETE ON zaak REFERENCING OLD TABLE AS oud
    FOR EACH STATEMENT EXECUTE FUNCTION zaak_blok_bij();
CREATE TRIGGER zaak_blok_leeg AFTER TRUNCATE ON zaak FOR EACH STATEMENT EXECUTE FUNCTION zaak_blok_bij();

INSERT INTO zaak_blok (blok, slot, aantal) SELECT volgorde / 8192, 0, count(*) FROM zaak GROUP BY 1;
