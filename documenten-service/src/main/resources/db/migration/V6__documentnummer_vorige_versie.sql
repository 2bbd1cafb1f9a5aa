-- During a rolling upgrade pods of the previous version still take documentnummers from the
-- documentnummer table (an upsert of laatste + 1, RETURNING laatste). A document's number is only
-- checked against committed documents before its (long) creating transaction ends, so a number
-- handed out by both the table and the sequence (V5) could reach two creations at once, and one
-- of them would be refused by informatieobject_identificatie_uniek although its client gave no
-- identificatie. From here on the table's row takes its number from the same sequence: old and new
-- pods draw from one source. (A conflicting insert draws a number too before it becomes the update:
-- a gap, which is allowed.)
CREATE FUNCTION documentnummer_uit_reeks() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.laatste := documentnummer_volgende(NEW.bronorganisatie, NEW.jaar);
    RETURN NEW;
END
$$;

CREATE TRIGGER documentnummer_uit_reeks BEFORE INSERT OR UPDATE ON documentnummer
    FOR EACH ROW EXECUTE FUNCTION documentnummer_uit_reeks();

-- Numbers an old pod took from the table after V5 carried them over: the sequence moves past them.
DO $$
DECLARE
    teller record;
    reeks regclass;
BEGIN
    FOR teller IN SELECT bronorganisatie, jaar, laatste FROM documentnummer LOOP
        reeks := documentnummer_reeks(teller.bronorganisatie, teller.jaar);
        IF teller.laatste > coalesce(pg_sequence_last_value(reeks), 0) THEN
            PERFORM setval(reeks, teller.laatste);
        END IF;
    END LOOP;
END
$$;
