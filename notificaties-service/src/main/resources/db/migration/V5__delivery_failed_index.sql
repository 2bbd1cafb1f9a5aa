-- Failed deliveries are counted for the metrics at every scrape, and listed for operators.
CREATE INDEX delivery_failed_idx ON delivery (abonnement_uuid) WHERE status = 'failed';
