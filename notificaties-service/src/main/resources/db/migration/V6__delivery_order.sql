-- Deliveries to one abonnement about one hoofdObject go out in the order the notifications came in:
-- a delivery waits while an older one of the same abonnement and hoofdObject is still pending
-- (being sent or waiting for a retry).
ALTER TABLE delivery ADD COLUMN hoofd_object varchar(1000);
UPDATE delivery d SET hoofd_object = n.message ->> 'hoofdObject'
  FROM notificatie n WHERE n.id = d.notificatie_id AND d.status = 'pending';
CREATE INDEX delivery_order_idx ON delivery (abonnement_uuid, hoofd_object, id) WHERE status = 'pending';
