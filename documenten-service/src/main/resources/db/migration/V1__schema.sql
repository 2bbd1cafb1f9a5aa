-- The Documenten API owns this schema; Flyway creates it and records its history here.
COMMENT ON SCHEMA ${flyway:defaultSchema} IS 'Documenten API 1.7.0 (documenten-service)';
