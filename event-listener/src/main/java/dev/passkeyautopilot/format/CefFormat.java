package dev.passkeyautopilot.format;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.IpLiterals;
import dev.passkeyautopilot.vocabulary.EventDetail;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ArcSight Common Event Format, version 0:
 * {@code CEF:0|Passkey Autopilot|Keycloak extension|<version>|<event type>|<name>|<severity>|<extension>}.
 *
 * <p>Escaping follows the CEF specification: in the header {@code \} and {@code |} are backslash-escaped; in
 * extension values {@code \} and {@code =} are, and line breaks become the two characters {@code \n} /
 * {@code \r}. The header may not contain line breaks at all, so there they become spaces. Other control
 * characters (C0, DEL, C1, U+2028, U+2029) become spaces everywhere: some receivers split lines on them.
 *
 * <p>Extension keys, in this order: {@code externalId} (event id), {@code rt} (epoch ms), {@code cat} (category),
 * {@code outcome}, {@code reason} ({@code pa_reason}, else the error), {@code suser}/{@code suid} (the user; for a
 * support action the acting agent is {@code suid} and the user {@code duser}/{@code duid}), {@code src} (IP
 * literal; anything else goes to {@code shost}), {@code requestClientApplication} (detail {@code user_agent}),
 * {@code cs1}..{@code cs6} with labels {@code realm}, {@code clientId}, {@code sessionId}, {@code error},
 * {@code loginMethod} ({@code pa_login_method}), {@code amr} ({@code pa_amr}), {@code flexString1} (the event id
 * again, labelled {@code eventId}: Sentinel's {@code ExternalID} column is numeric), then {@code kc_realm_id} and every
 * other detail as its own key: {@code pa_*} as is, Keycloak's prefixed with {@code kc_} (characters other than
 * letters, digits and {@code _} become {@code _}) so that they can never be mistaken for CEF dictionary keys.
 */
public final class CefFormat implements EventFormat {

    private static final Set<String> CONSUMED = Set.of(EventDetail.LOGIN_METHOD.key(), EventDetail.AMR.key(), "user_agent", EventDetail.ACTOR.key(),
            EventDetail.REASON.key());
    private static final Pattern KEY_UNSAFE = Pattern.compile("[^A-Za-z0-9_]");
    private static final int MAX_NAME = 512;

    CefFormat() {
    }

    @Override
    public String name() {
        return "cef";
    }

    @Override
    public boolean producesJson() {
        return false;
    }

    @Override
    public String format(AuditEvent e) {
        StringBuilder b = new StringBuilder(256);
        b.append("CEF:0|")
                .append(header(Product.VENDOR)).append('|')
                .append(header(Product.CEF_PRODUCT)).append('|')
                .append(header(Product.VERSION)).append('|')
                .append(header(e.type())).append('|');
        String name = OcsfFormat.message(e);
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME - 1) + "…";
        }
        b.append(header(name)).append('|')
                .append(Severity.of(e).cef).append('|');

        Extension x = new Extension(b);
        x.put("externalId", e.id());
        x.put("rt", Long.toString(e.time()));
        x.put("cat", e.category().name());
        x.put("outcome", e.isSuccess() ? "success" : "failure");
        x.put("reason", e.detail(EventDetail.REASON.key()) != null ? e.detail(EventDetail.REASON.key()) : e.error());
        String actor = e.detail(EventDetail.ACTOR.key());
        if (actor != null) {
            x.put("suid", actor);
            x.put("duser", e.username());
            x.put("duid", e.userId());
        } else {
            x.put("suser", e.username());
            x.put("suid", e.userId());
        }
        if (e.ipAddress() != null) {
            x.put(IpLiterals.isIpLiteral(e.ipAddress()) ? "src" : "shost", e.ipAddress());
        }
        x.put("requestClientApplication", e.detail("user_agent"));
        x.custom(1, "realm", e.realmName());
        x.custom(2, "clientId", e.clientId());
        x.custom(3, "sessionId", e.sessionId());
        x.custom(4, "error", e.error());
        x.custom(5, "loginMethod", e.detail(EventDetail.LOGIN_METHOD.key()));
        x.custom(6, "amr", e.detail(EventDetail.AMR.key()));
        // Microsoft Sentinel's CommonSecurityLog types ExternalID as an integer: the UUID also goes to a string column.
        x.put("flexString1Label", "eventId");
        x.put("flexString1", e.id());
        x.put("kc_realm_id", e.realmId());
        Set<String> used = new HashSet<>();
        used.add("kc_realm_id");
        for (Map.Entry<String, String> d : e.details().entrySet()) {
            if (CONSUMED.contains(d.getKey())) {
                continue;
            }
            String key = detailKey(d.getKey());
            if (used.add(key)) {
                x.put(key, d.getValue());
            }
        }
        return b.toString();
    }

    static String detailKey(String detail) {
        String safe = KEY_UNSAFE.matcher(detail).replaceAll("_");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        return safe.startsWith("pa_") && safe.equals(detail) ? safe : "kc_" + safe;
    }

    /** Escapes a header field: {@code \} and {@code |}; line breaks and other controls become spaces. */
    public static String header(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '|' -> b.append("\\|");
                default -> b.append(isControl(c) ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Escapes an extension value: {@code \}, {@code =}, line breaks as {@code \n}/{@code \r}; other controls become spaces. */
    public static String extensionValue(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '=' -> b.append("\\=");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(isControl(c) ? ' ' : c);
            }
        }
        return b.toString();
    }

    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }

    private static final class Extension {
        private final StringBuilder b;
        private boolean first = true;

        Extension(StringBuilder b) {
            this.b = b;
        }

        void put(String key, String value) {
            if (value == null) {
                return;
            }
            if (!first) {
                b.append(' ');
            }
            first = false;
            b.append(key).append('=').append(extensionValue(value));
        }

        void custom(int slot, String label, String value) {
            if (value != null) {
                put("cs" + slot + "Label", label);
                put("cs" + slot, value);
            }
        }
    }
}
