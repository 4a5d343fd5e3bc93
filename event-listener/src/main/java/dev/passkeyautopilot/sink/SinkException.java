package dev.passkeyautopilot.sink;

import java.time.Duration;
import java.util.Optional;

/**
 * A batch was not delivered (as a whole: some events of it may have arrived, so a retry may duplicate them;
 * receivers deduplicate on the event id).
 *
 * <p>The message names what failed (host and port, HTTP status, broker error class) and never contains a secret,
 * a payload or a response body: it goes to the server's log. The {@link #summary()} says only the class of failure
 * (refused, cannot connect, timed out, TLS, an HTTP status class): it is what realm administrators see as a dead
 * letter's {@code lastError}, and an exact status or a library's text would turn a sink into a probe of what
 * answers at the other end.
 */
public class SinkException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final transient Duration retryAfter;
    private String summary;

    public SinkException(String message, boolean retryable) {
        this(message, retryable, null, null);
    }

    public SinkException(String message, boolean retryable, Throwable cause) {
        this(message, retryable, null, cause);
    }

    /**
     * @param retryAfter what the receiver asked for (HTTP {@code Retry-After}), or null
     */
    public SinkException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        // No cause in the message: exception texts of libraries may quote what they were given.
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /**
     * True when the same batch may succeed later (network, timeouts, 408/429/5xx, broker unavailable); false when
     * it cannot without a configuration change (rejected credentials, 4xx, record too large).
     */
    public boolean retryable() {
        return retryable;
    }

    /**
     * Sets the class of failure shown to realm administrators, prefixed like the message with the sink's target.
     *
     * @return this
     */
    public SinkException summarized(String summary) {
        this.summary = summary;
        return this;
    }

    /** The class of failure for realm administrators; see the class comment. */
    public String summary() {
        return summary != null ? summary : "delivery failed";
    }

    /** The class of an HTTP status for {@link #summary()}: {@code HTTP 4xx}. */
    public static String httpClass(int status) {
        return "HTTP " + (status / 100) + "xx";
    }

    /** A delay the receiver asked for, if any; the relay should wait at least this long. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
