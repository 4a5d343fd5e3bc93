package dev.passkeyautopilot.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One security event as it leaves Keycloak: the unit stored in the outbox and delivered to every sink.
 *
 * <p>{@link #id} is the idempotency key everywhere (webhook ids, Kafka record keys, syslog structured data,
 * CEF {@code externalId}): a sink may deliver an event more than once, never under two ids.
 *
 * <p>Strings are made well-formed UTF-16 (a lone surrogate becomes U+FFFD) so that every encoder downstream
 * produces the same bytes for the same event; otherwise signatures over re-encoded bodies could differ.
 *
 * @param id        lowercase canonical UUID
 * @param time      epoch milliseconds, {@code >= 0}
 * @param realmId   Keycloak realm id, required
 * @param realmName realm name, nullable
 * @param type      Keycloak event type ({@code LOGIN}, {@code ADMIN_UPDATE}, …) or ours ({@code PASSKEY_PROMPT_FAILED});
 *                  {@code [A-Z][A-Z0-9_]{0,63}}, so it is safe as a syslog MSGID and a CEF signature id
 * @param error     Keycloak error code, nullable
 * @param details   insertion-ordered, never null; entries with a null value are dropped, null keys rejected
 */
public record AuditEvent(
        String id,
        long time,
        String realmId,
        String realmName,
        String type,
        Category category,
        Outcome outcome,
        String error,
        String userId,
        String username,
        String sessionId,
        String clientId,
        String ipAddress,
        Map<String, String> details) {

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TYPE_FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        if (!UUID_FORM.matcher(id).matches()) {
            throw new IllegalArgumentException("id is not a lowercase canonical UUID");
        }
        if (time < 0) {
            throw new IllegalArgumentException("time is negative");
        }
        realmId = wellFormed(Objects.requireNonNull(realmId, "realmId"));
        realmName = wellFormed(realmName);
        Objects.requireNonNull(type, "type");
        if (!TYPE_FORM.matcher(type).matches()) {
            throw new IllegalArgumentException("type must match " + TYPE_FORM.pattern());
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(outcome, "outcome");
        error = wellFormed(error);
        userId = wellFormed(userId);
        username = wellFormed(username);
        sessionId = wellFormed(sessionId);
        clientId = wellFormed(clientId);
        ipAddress = wellFormed(ipAddress);
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        if (details != null) {
            for (Map.Entry<String, String> e : details.entrySet()) {
                Objects.requireNonNull(e.getKey(), "details key");
                // Keycloak's EventBuilder ignores null values too; keeping them would make "absent" ambiguous.
                if (e.getValue() != null) {
                    copy.put(wellFormed(e.getKey()), wellFormed(e.getValue()));
                }
            }
        }
        details = Collections.unmodifiableMap(copy);
    }

    /** A copy with other details (same rules as the constructor). */
    public AuditEvent withDetails(Map<String, String> newDetails) {
        return new AuditEvent(id, time, realmId, realmName, type, category, outcome, error, userId, username,
                sessionId, clientId, ipAddress, newDetails);
    }

    /** A detail, or null. */
    public String detail(String key) {
        return details.get(key);
    }

    public boolean isSuccess() {
        return outcome == Outcome.SUCCESS;
    }

    static String wellFormed(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return repair(s);
            }
        }
        return s;
    }

    private static String repair(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Convenience builder: the record has fourteen components. */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String id;
        private long time;
        private String realmId;
        private String realmName;
        private String type;
        private Category category;
        private Outcome outcome = Outcome.SUCCESS;
        private String error;
        private String userId;
        private String username;
        private String sessionId;
        private String clientId;
        private String ipAddress;
        private final LinkedHashMap<String, String> details = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder id(String v) { id = v; return this; }
        public Builder time(long v) { time = v; return this; }
        public Builder realmId(String v) { realmId = v; return this; }
        public Builder realmName(String v) { realmName = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder category(Category v) { category = v; return this; }
        public Builder outcome(Outcome v) { outcome = v; return this; }
        public Builder error(String v) { error = v; return this; }
        public Builder userId(String v) { userId = v; return this; }
        public Builder username(String v) { username = v; return this; }
        public Builder sessionId(String v) { sessionId = v; return this; }
        public Builder clientId(String v) { clientId = v; return this; }
        public Builder ipAddress(String v) { ipAddress = v; return this; }
        public Builder detail(String key, String value) { details.put(key, value); return this; }
        public Builder details(Map<String, String> v) { details.putAll(v); return this; }

        public AuditEvent build() {
            return new AuditEvent(id, time, realmId, realmName, type, category, outcome, error, userId, username,
                    sessionId, clientId, ipAddress, details);
        }
    }
}
