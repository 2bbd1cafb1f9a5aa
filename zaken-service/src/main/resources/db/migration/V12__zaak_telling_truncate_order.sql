-- zaak_telling (V11) stays exact also when zaak is truncated, and the triggers take the locks of
-- the counter rows in one order (by key), so two statements that touch the same keys cannot
-- deadlock on them.
CREATE OR REPLACE FUNCTION zaak_telling_bij() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO zaak_telling AS t
        SELECT zaaktype, vertrouwelijkheid_rank, pg_backend_pid() % 16, count(*) FROM nieuw
        GROUP BY zaaktype, vertrouwelijkheid_rank ORDER BY zaaktype, vertrouwelijkheid_rank
        ON CONFLICT (zaaktype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO zaak_telling AS t
        SELECT zaaktype, vertrouwelijkheid_rank, pg_backend_pid() % 16, -count(*) FROM oud
        GROUP BY zaaktype, vertrouwelijkheid_rank ORDER BY zaaktype, vertrouwelijkheid_rank
        ON CONFLICT (zaaktype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'TRUNCATE' THEN
        DELETE FROM zaak_telling;
    ELSE
        INSERT INTO zaak_telling AS t
        SELECT zaaktype, vertrouwelijkheid_rank, pg_backend_pid() % 16, sum(n)
        FROM (SELECT zaaktype, vertrouwelijkheid_rank, -1 AS n FROM oud
              UNION ALL SELECT zaaktype, vertrouwelijkheid_rank, 1 FROM nieuw) AS verschil
        GROUP BY zaaktype, vertrouwelijkheid_rank HAVING sum(n) <> 0 ORDER BY zaaktype, vertrouwelijkheid_rank
        ON CONFLICT (zaaktype, vertrouwelijkheid_rank, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER zaak_telling_leeg AFTER TRUNCATE ON zaak FOR EACH STATEMENT EXECUTE FUNCTION zaak_telling_bij();
