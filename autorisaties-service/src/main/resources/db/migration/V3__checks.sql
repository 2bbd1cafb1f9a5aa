-- The database refuses what the API would never write, so a bad row cannot break token checks.
ALTER TABLE autorisatie
    ADD CONSTRAINT autorisatie_component_check
        CHECK (component IN ('ac', 'nrc', 'zrc', 'ztc', 'drc', 'brc')),
    ADD CONSTRAINT autorisatie_max_vertrouwelijkheidaanduiding_check
        CHECK (max_vertrouwelijkheidaanduiding IS NULL OR max_vertrouwelijkheidaanduiding IN
               ('openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk',
                'confidentieel', 'geheim', 'zeer_geheim'));
