package nl.zgw.shared.notificatie;

/**
 * A daemon thread that runs a loop until the application stops: the lifecycle the outbox
 * dispatcher and the Notificaties API's delivery workers share. The loop checks {@link #running()}
 * and ends on interruption.
 */
public final class BackgroundLoop {

    private volatile boolean running;
    private Thread thread;

    public void start(String name, Runnable loop) {
        running = true;
        thread = new Thread(nl.zgw.shared.tenant.CurrentTenant.nieuweDraad(loop), name);
        thread.setDaemon(true);
        thread.start();
    }

    public boolean running() {
        return running;
    }

    /** Stops the loop and waits up to five seconds for it to end. */
    public void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
    }
}
