-- The Catalogi API owns this schema; Flyway creates it and records its history here.
COMMENT ON SCHEMA ${flyway:defaultSchema} IS 'Catalogi API 1.3.3 (catalogi-service)';
