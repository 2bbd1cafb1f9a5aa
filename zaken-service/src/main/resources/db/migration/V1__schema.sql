-- The Zaken API owns this schema; Flyway creates it and records its history here.
COMMENT ON SCHEMA ${flyway:defaultSchema} IS 'Zaken API 1.7.0 (zaken-service)';
