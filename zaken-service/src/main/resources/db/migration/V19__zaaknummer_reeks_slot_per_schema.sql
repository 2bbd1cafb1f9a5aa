-- The lock taken when a zaaknummer sequence is first created is keyed by the schema too (ADR 0022):
-- the first zaak of a bronorganisatie and year in one tenant no longer waits for that of another
-- tenant with the same bronorganisatie. Same behaviour otherwise (V14).
CREATE OR REPLACE FUNCTION zaaknummer_reeks(bron varchar, jaar integer) RETURNS regclass
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    naam text := 'zaaknummer_' || bron || '_' || jaar;
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
