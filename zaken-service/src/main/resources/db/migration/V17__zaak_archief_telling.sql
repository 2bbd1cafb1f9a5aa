-- Counts kept per zaaktype, vertrouwelijkheid, bronorganisatie, archiefnominatie and archiefstatus
-- (ADR 0020): a list filtered on archiefnominatie or archiefstatus (=, __in), alone or with
-- zaaktype, bronorganisatie and the authorisation filter, is counted from them instead of from the
-- matching rows (archiefstatus=nog_te_archiveren matches nearly every zaak). A table of its own,
-- beside zaak_telling, so that the unfiltered list keeps summing the fewer rows of that one.
-- archiefnominatie may be empty: NULLS NOT DISTINCT makes the zaken without one a key of their own.

-- No zaak is written while the counts are built: writers wait for this migration to commit, and
-- the count below sees every committed zaak.
LOCK TABLE zaak IN SHARE MODE;

CREATE TABLE zaak_archief_telling (
    zaaktype               varchar(1000) NOT NULL,
    vertrouwelijkheid_rank smallint      NOT NULL,
    bronorganisatie        varchar(9)    NOT NULL,
    archiefnominatie       varchar(16),
    archiefstatus          varchar(40)   NOT NULL,
    slot                   smallint      NOT NULL,
    aantal                 bigint        NOT NULL,
    CONSTRAINT zaak_archief_telling_sleutel UNIQUE NULLS NOT DISTINCT
        (zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, slot)
);

-- As zaak_telling_bij (V15): one upsert per statement and key, the counter rows locked in key order
-- (no deadlock between two statements on the same keys), a slot per backend (16 writers at once do
-- not queue on one row).
CREATE FUNCTION zaak_archief_telling_bij() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO zaak_archief_telling AS t
            (zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, slot, aantal)
        SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, pg_backend_pid() % 16,
               count(*)
        FROM nieuw
        GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus
        ORDER BY zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus
        ON CONFLICT ON CONSTRAINT zaak_archief_telling_sleutel DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO zaak_archief_telling AS t
            (zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, slot, aantal)
        SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, pg_backend_pid() % 16,
               -count(*)
        FROM oud
        GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus
        ORDER BY zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus
        ON CONFLICT ON CONSTRAINT zaak_archief_telling_sleutel DO UPDATE SET aantal = t.aantal + excluded.aantal;
    ELSIF TG_OP = 'TRUNCATE' THEN
        DELETE FROM zaak_archief_telling;
    ELSE
        -- an update moves zaken between keys only when it changes one of them (closing a zaak sets
        -- its archiefnominatie, archiving its archiefstatus)
        INSERT INTO zaak_archief_telling AS t
            (zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, slot, aantal)
        SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, pg_backend_pid() % 16,
               sum(n)
        FROM (SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, -1 AS n FROM oud
              UNION ALL
              SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, 1 FROM nieuw) AS verschil
        GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus HAVING sum(n) <> 0
        ORDER BY zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus
        ON CONFLICT ON CONSTRAINT zaak_archief_telling_sleutel DO UPDATE SET aantal = t.aantal + excluded.aantal;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER zaak_archief_telling_nieuw AFTER INSERT ON zaak REFERENCING NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION zaak_archief_telling_bij();
CREATE TRIGGER zaak_archief_telling_weg AFTER DELETE ON zaak REFERENCING OLD TABLE AS oud
    FOR EACH STATEMENT EXECUTE FUNCTION zaak_archief_telling_bij();
CREATE TRIGGER zaak_archief_telling_gewijzigd AFTER UPDATE ON zaak REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION zaak_archief_telling_bij();
CREATE TRIGGER zaak_archief_telling_leeg AFTER TRUNCATE ON zaak
    FOR EACH STATEMENT EXECUTE FUNCTION zaak_archief_telling_bij();

INSERT INTO zaak_archief_telling
    (zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, slot, aantal)
SELECT zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus, 0, count(*) FROM zaak
GROUP BY zaaktype, vertrouwelijkheid_rank, bronorganisatie, archiefnominatie, archiefstatus;
