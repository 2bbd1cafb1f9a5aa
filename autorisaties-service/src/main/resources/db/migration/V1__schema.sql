-- The Autorisaties API owns this schema; Flyway creates it and records its history here.
COMMENT ON SCHEMA ${flyway:defaultSchema} IS 'Autorisaties API 1.1.0 (autorisaties-service)';
