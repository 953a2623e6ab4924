package ovc.run.openlineage;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.transports.Transport;

/**
 * Sends one event, retrying a failed send (refused, reset, 5xx, timed out) with a doubling pause
 * until it goes through or the deadline would pass.
 */
final class Delivery {

    private static final long FIRST_PAUSE_MILLIS = 100;

    private Delivery() {}

    /**
     * @throws Exception the last failure, when the event was not delivered by {@code deadlineNanos}
     */
    static void send(Transport transport, OpenLineage.RunEvent event, long deadlineNanos) throws Exception {
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            try {
                transport.emit(event);
                return;
            } catch (RuntimeException failure) {
                long left = (deadlineNanos - System.nanoTime()) / 1_000_000L;
                if (left <= pause) {
                    throw failure;
                }
                Thread.sleep(pause);
                pause *= 2;
            }
        }
    }
}
