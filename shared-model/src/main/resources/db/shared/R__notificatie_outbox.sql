-- The transactional outbox every publishing service shares: a notification is written here in the
-- same transaction as the change it reports, and sent to the Notificaties API afterwards.
CREATE TABLE IF NOT EXISTS notificatie_outbox (
    id              bigserial PRIMARY KEY,
    hoofd_object    varchar(1000) NOT NULL,
    message         text          NOT NULL,
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL DEFAULT now(),
    last_error      varchar(1000),
    created_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS notificatie_outbox_due_idx ON notificatie_outbox (next_attempt_at, id);
CREATE INDEX IF NOT EXISTS notificatie_outbox_hoofd_object_idx ON notificatie_outbox (hoofd_object, id);
-- A message the Notificaties API refuses for good (400, 413, 422) is parked:
-- kept for an operator, no longer sent, and no longer holding back later messages of its object.
ALTER TABLE notificatie_outbox ADD COLUMN IF NOT EXISTS parked_at timestamptz;
