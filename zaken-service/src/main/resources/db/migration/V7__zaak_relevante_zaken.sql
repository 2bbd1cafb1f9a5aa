-- A zaak that closes or reopens finds the closed zaken that name it among their
-- relevanteAndereZaken (afleidingswijze gerelateerde_zaak derives from its einddatum).
CREATE INDEX zaak_relevante_zaken_idx ON zaak USING gin ((data -> 'relevanteAndereZaken') jsonb_path_ops);
