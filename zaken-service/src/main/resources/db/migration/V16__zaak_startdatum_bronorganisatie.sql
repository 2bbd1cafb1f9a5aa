-- A list on a range of startdatum (with or without bronorganisatie, the common combination) is
-- counted from the index alone: with 1,000,000 zaken and 135,000 matches 14 ms instead of 1.4 s
-- (a bitmap scan of the table that read 70,000 blocks). The index on startdatum alone goes: this one
-- serves those queries too.
CREATE INDEX zaak_startdatum_bron_idx ON zaak (startdatum, bronorganisatie);
DROP INDEX zaak_startdatum_idx;
ALTER INDEX zaak_startdatum_bron_idx RENAME TO zaak_startdatum_idx;
