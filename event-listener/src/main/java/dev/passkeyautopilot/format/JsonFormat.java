package dev.passkeyautopilot.format;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.AuditEventJson;

/** The event as {@link AuditEventJson} writes it (the outbox's own form). */
public final class JsonFormat implements EventFormat {

    JsonFormat() {
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String format(AuditEvent event) {
        return AuditEventJson.write(event);
    }
}
