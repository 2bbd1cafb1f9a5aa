-- zaakgeometrie: its bounding box in a native geometric column with a GiST index, for the first
-- selection of _zoek on zaakgeometrie.within; the exact test runs on the GeoJSON (JTS).
ALTER TABLE zaak ADD COLUMN zaakgeometrie_bbox box;
UPDATE zaak z SET zaakgeometrie_bbox = (
    SELECT box(point(min((c ->> 0)::float8), min((c ->> 1)::float8)), point(max((c ->> 0)::float8), max((c ->> 1)::float8)))
      FROM jsonb_path_query(z.data -> 'zaakgeometrie', 'strict $.**') c
     WHERE jsonb_typeof(c) = 'array' AND jsonb_typeof(c -> 0) = 'number')
 WHERE jsonb_typeof(z.data -> 'zaakgeometrie') = 'object';
CREATE INDEX zaak_geometrie_idx ON zaak USING gist (zaakgeometrie_bbox);
