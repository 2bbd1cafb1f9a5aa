-- The Besluiten API owns this schema; Flyway creates it and records its history here.
COMMENT ON SCHEMA ${flyway:defaultSchema} IS 'Besluiten API 1.1.0 (besluiten-service)';
