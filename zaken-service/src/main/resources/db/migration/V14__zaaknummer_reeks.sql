-- Zaaknummers from a sequence per bronorganisatie and year instead of one counter row. The row was
-- locked from the upsert that took a number until the creating transaction committed, so all
-- creations of one bronorganisatie (all zaken of a municipality) queued on it. nextval() does not
-- wait and is never rolled back: a creation that fails leaves a gap, which is allowed (an
-- identificatie is unique, not gapless). Uniqueness itself stays with zaakidentificatie: a
-- generated number is only taken when it was never used nor reserved.

-- No number is taken from the counters while they are carried over.
LOCK TABLE zaaknummer IN EXCLUSIVE MODE;

-- The sequence of (bron, jaar), created on first use. Two first uses at once: the advisory lock lets
-- the second wait for the first's commit, after which CREATE ... IF NOT EXISTS finds the sequence.
CREATE FUNCTION zaaknummer_reeks(bron varchar, jaar integer) RETURNS regclass
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    naam text := 'zaaknummer_' || bron || '_' || jaar;
    reeks regclass := to_regclass(quote_ident(naam));
BEGIN
    IF reeks IS NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext(naam));
        EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', naam);
        reeks := to_regclass(quote_ident(naam));
    END IF;
    RETURN reeks;
END
$$;

-- The next zaaknummer of bron in jaar: only goes up, never handed out twice by the sequence.
CREATE FUNCTION zaaknummer_volgende(bron varchar, jaar integer) RETURNS bigint
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    SELECT nextval(zaaknummer_reeks(bron, jaar))
$$;

-- Moves the sequence past the highest ZAAK-<jaar>-<10 digits> used or reserved (numbers given by
-- hand). It may race with a nextval() and set the sequence back a little: a number handed out
-- twice is then refused by zaakidentificatie (used or reserved) and the caller asks again. Answers the highest number
-- given (0 when none).
CREATE FUNCTION zaaknummer_voorbij_gegeven(bron varchar, jaar integer) RETURNS bigint
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    reeks regclass := zaaknummer_reeks(bron, jaar);
    hoogste bigint;
BEGIN
    SELECT max(substring(identificatie from '([0-9]{10})$')::bigint) INTO hoogste
    FROM zaakidentificatie
    WHERE bronorganisatie = bron AND identificatie ~ ('^ZAAK-' || jaar || '-[0-9]{10}$');
    IF hoogste > coalesce(pg_sequence_last_value(reeks), 0) THEN
        PERFORM setval(reeks, hoogste);
    END IF;
    RETURN coalesce(hoogste, 0);
END
$$;

-- The numbers handed out so far carry over.
DO $$
DECLARE
    teller record;
BEGIN
    FOR teller IN SELECT bronorganisatie, jaar, laatste FROM zaaknummer WHERE laatste > 0 LOOP
        PERFORM setval(zaaknummer_reeks(teller.bronorganisatie, teller.jaar), teller.laatste);
    END LOOP;
END
$$;

-- The table stays for one more version: pods of the previous version still count with it during a
-- rolling upgrade (their numbers and these meet in zaakidentificatie, which refuses a number twice).
COMMENT ON TABLE zaaknummer IS 'no longer used (V14: sequences zaaknummer_<bronorganisatie>_<jaar>); to be dropped';
