-- Every published message is stored first; then one delivery per matching abonnement, retried with
-- backoff until delivered or parked as failed. Workers claim due deliveries with SKIP LOCKED, so
-- several replicas deliver without double work.
CREATE TABLE notificatie (
    id          bigserial PRIMARY KEY,
    kanaal      varchar(50) NOT NULL,
    message     jsonb       NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE delivery (
    id              bigserial PRIMARY KEY,
    notificatie_id  bigint        NOT NULL REFERENCES notificatie (id) ON DELETE CASCADE,
    abonnement_uuid uuid          NOT NULL REFERENCES abonnement (uuid) ON DELETE CASCADE,
    status          varchar(10)   NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL DEFAULT now(),
    last_error      varchar(1000),
    delivered_at    timestamptz
);
-- the workers' query: due pending deliveries, oldest first
CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX delivery_abonnement_idx ON delivery (abonnement_uuid, status);
CREATE INDEX delivery_notificatie_idx ON delivery (notificatie_id);
