-- Documentnummers (DOCUMENT-<jaar>-<10 digits>) from a sequence per bronorganisatie and year
-- instead of one counter row, as the Zaken API does for zaaknummers (its V14, V19). The row was
-- locked from the upsert that took a number until the creating transaction committed, and that
-- transaction also stores the content: every document created without an identificatie of one
-- bronorganisatie (all of a municipality's) queued on it (51 ms of waiting per creation at 16
-- clients). nextval() does not wait and is never rolled back: a creation that fails leaves a gap,
-- which is allowed (an identificatie is unique, not gapless). Uniqueness itself stays with
-- informatieobject_identificatie_uniek: a generated number is only used when no document has it.

-- No number is taken from the counters while they are carried over.
LOCK TABLE documentnummer IN EXCLUSIVE MODE;

-- The sequence of (bron, jaar), created on first use. Two first uses at once: the advisory lock
-- (keyed by the schema too: tenants, ADR 0022) lets the second wait for the first's commit, after
-- which CREATE ... IF NOT EXISTS finds the sequence.
CREATE FUNCTION documentnummer_reeks(bron varchar, jaar integer) RETURNS regclass
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    naam text := 'documentnummer_' || bron || '_' || jaar;
    reeks regclass := to_regclass(quote_ident(naam));
BEGIN
    IF reeks IS NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext(current_schema() || '.' || naam));
        EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', naam);
        reeks := to_regclass(quote_ident(naam));
    END IF;
    RETURN reeks;
END
$$;

-- The next documentnummer of bron in jaar: only goes up, never handed out twice by the sequence.
CREATE FUNCTION documentnummer_volgende(bron varchar, jaar integer) RETURNS bigint
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    SELECT nextval(documentnummer_reeks(bron, jaar))
$$;

-- The numbers handed out so far carry over.
DO $$
DECLARE
    teller record;
BEGIN
    FOR teller IN SELECT bronorganisatie, jaar, laatste FROM documentnummer WHERE laatste > 0 LOOP
        PERFORM setval(documentnummer_reeks(teller.bronorganisatie, teller.jaar), teller.laatste);
    END LOOP;
END
$$;

-- The table stays for one more version: pods of the previous version still count with it during a
-- rolling upgrade (their numbers and these meet in informatieobject_identificatie_uniek, which
-- refuses a number twice).
COMMENT ON TABLE documentnummer IS 'no longer used (V5: sequences documentnummer_<bronorganisatie>_<jaar>); to be dropped';
