-- zaak_telling (V11, V12) also per bronorganisatie, so that a list filtered on bronorganisatie
-- (=, __in), zaaktype (=, __in in _zoek) and the authorisation filter is counted from the kept
-- counts too (ADR 0020). A municipality has one or a few bronorganisaties: the table barely grows.

-- No zaak is written while the counts are rebuilt: writers wait for this migration to commit,
-- and the count below sees every committed zaak.
LOCK TABLE zaak IN SHARE MODE;

ALTER TABLE zaak_telling DROP CONSTRAINT zaak_telling_pkey;
DELETE FROM zaak_telling;
ALTER TABLE zaak_telling ADD COLUMN bronorganisatie varchar(9) NOT NULL;
ALTER TABLE zaak_telling ADD PRIMARY KEY (zaaktype, vertrouwelijkheid_rank, bronorganisatie, slot);

CREATE OR REPLACE FUNCTION zaak_telling_bij() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO zaak_telling AS t (zaaktype, vertrouwelijkheid_rank, bronorganisatie, slot, aantal)
        SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, pg_backend_pid() % 16, count(*) FROM nieuw
        GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie ORDER BY zaaktype, vertrouwelijkheid_rank, bronorganisatie
        ON CONFLICT (zaaktype, vertrouwelijkheid_rank, bronorganisatie, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO zaak_telling AS t (zaaktype, vertrouwelijkheid_rank, bronorganisatie, slot, aantal)
        SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, pg_backend_pid() % 16, -count(*) FROM oud
        GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie ORDER BY zaaktype, vertrouwelijkheid_rank, bronorganisatie
        ON CONFLICT (zaaktype, vertrouwelijkheid_rank, bronorganisatie, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'TRUNCATE' THEN
        DELETE FROM zaak_telling;
    ELSE
        -- an update moves zaken between keys only when it changes one of them; usually nothing
        INSERT INTO zaak_telling AS t (zaaktype, vertrouwelijkheid_rank, bronorganisatie, slot, aantal)
        SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, pg_backend_pid() % 16, sum(n)
        FROM (SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, -1 AS n FROM oud
              UNION ALL SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, 1 FROM nieuw) AS verschil
        GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie HAVING sum(n) <> 0
        ORDER BY zaaktype, vertrouwelijkheid_rank, bronorganisatie
        ON CONFLICT (zaaktype, vertrouwelijkheid_rank, bronorganisatie, slot) DO UPDATE SET aantal = t.aantal + excluded.aantal;
    END IF;
    RETURN NULL;
END
$$;

INSERT INTO zaak_telling (zaaktype, vertrouwelijkheid_rank, bronorganisatie, slot, aantal)
SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, 0, count(*) FROM zaak
GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie;
