package dev.passkeyautopilot.format;

import dev.passkeyautopilot.audit.AuditEvent;

/**
 * Turns an event into one payload string for one sink. Implementations are stateless and thread-safe; their
 * output never contains a raw line break, so every format can be written as one line of a file or one syslog
 * message.
 */
public sealed interface EventFormat permits JsonFormat, OcsfFormat, EcsFormat, CefFormat {

    /** {@code json}, {@code ocsf}, {@code ecs} or {@code cef}: the value of a sink's {@code format} setting. */
    String name();

    String format(AuditEvent event);

    /** Whether {@link #format} yields a JSON object (webhooks embed it as such, else as a JSON string). */
    default boolean producesJson() {
        return true;
    }
}
