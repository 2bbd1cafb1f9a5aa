-- The Notificaties API owns this schema; Flyway creates it and records its history here.
COMMENT ON SCHEMA ${flyway:defaultSchema} IS 'Notificaties API 1.0.1 (notificaties-service)';
