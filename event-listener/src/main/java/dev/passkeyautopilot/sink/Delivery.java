package dev.passkeyautopilot.sink;

import dev.passkeyautopilot.audit.AuditEvent;

import java.util.Objects;

/**
 * One event ready for one sink.
 *
 * @param event   the event after the sink's privacy rules (its id, type, time and outcome frame the payload:
 *                webhook ids, Kafka keys, syslog header)
 * @param payload the event in the sink's format, one line
 */
public record Delivery(AuditEvent event, String payload) {

    public Delivery {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payload, "payload");
    }
}
