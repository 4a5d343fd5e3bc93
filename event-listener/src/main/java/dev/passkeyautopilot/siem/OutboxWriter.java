package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.AuditEventJson;
import dev.passkeyautopilot.outbox.OutboxStore;
import org.keycloak.models.KeycloakSession;

import java.util.List;

/** Appends an audit event to the outbox, in the session's transaction, once per enabled sink of its realm. */
final class OutboxWriter {

    private final RealmSinks sinks;

    OutboxWriter(RealmSinks sinks) {
        this.sinks = sinks;
    }

    void write(KeycloakSession session, AuditEvent event) {
        List<String> names = sinks.enabledSinkNames(session, event.realmId());
        if (names.isEmpty()) {
            return;
        }
        new OutboxStore(session).append(event.realmId(), event.id(), names, AuditEventJson.write(event), event.time());
    }
}
