package nl.zgw.notificaties.notificatie;

/**
 * Fired when a published message queued deliveries; observed after the commit, so this replica's
 * {@link DeliveryWorker} starts at once instead of at its next poll.
 */
record DeliveriesQueued() {
}
