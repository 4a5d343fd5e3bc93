package dev.passkeyautopilot.siem;

/**
 * What this node's relay has done since the server started: how an operator (or a test) sees which nodes of a
 * cluster deliver, and whether one of them keeps failing.
 *
 * @param node          this relay's name, unique per start of the server
 * @param running       whether this node runs a relay at all ({@code relay-enabled})
 * @param delivered     rows this node delivered
 * @param failedAttempts rows this node tried and could not deliver (each attempt counted)
 * @param lastRoundAt   when this node last claimed rows, epoch milliseconds; 0 when never
 * @param leaseMillis   how long a claim holds its rows without a heartbeat ({@code lease-seconds})
 */
public record RelayStatus(String node, boolean running, long delivered, long failedAttempts, long lastRoundAt, long leaseMillis) {

    static RelayStatus notRunning() {
        return new RelayStatus(null, false, 0, 0, 0, 0);
    }
}
