package dev.passkeyautopilot.format;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.vocabulary.AppendOutcome;
import dev.passkeyautopilot.vocabulary.EventDetail;
import org.keycloak.events.Details;
import org.keycloak.models.credential.PasswordCredentialModel;

import java.util.Locale;

/**
 * What kind of action an event type is, shared by OCSF activities and ECS event types. Types are Keycloak's
 * ({@code LOGIN}, {@code UPDATE_CREDENTIAL}, …), ours, and for admin events {@code ADMIN_<operation>}
 * ({@code ADMIN_CREATE}, {@code ADMIN_UPDATE}, {@code ADMIN_DELETE}, {@code ADMIN_ACTION}).
 */
enum Activities {
    LOGON, LOGOFF, OTHER_AUTHENTICATION,
    ACCOUNT_CREATE, ACCOUNT_DELETE, PASSWORD_CHANGE, PASSWORD_RESET, FACTOR_ENABLE, FACTOR_DISABLE, OTHER_ACCOUNT,
    API_CREATE, API_READ, API_UPDATE, API_DELETE, API_OTHER;

    static Activities of(AuditEvent e) {
        String t = e.type().toUpperCase(Locale.ROOT);
        return switch (e.category()) {
            case AUTHENTICATION -> {
                if (t.startsWith("LOGOUT")) {
                    yield LOGOFF;
                }
                if (t.startsWith("PASSKEY_") && t.contains("APPEND")) {
                    yield OTHER_AUTHENTICATION; // the offer to create a passkey after a login is not a logon
                }
                yield t.contains("LOGIN") || t.startsWith("PASSKEY_") ? LOGON : OTHER_AUTHENTICATION;
            }
            case ACCOUNT_CHANGE -> account(e, t);
            case ADMIN -> {
                if (t.contains("CREATE")) {
                    yield API_CREATE;
                } else if (t.contains("UPDATE")) {
                    yield API_UPDATE;
                } else if (t.contains("DELETE")) {
                    yield API_DELETE;
                } else if (t.contains("READ")) {
                    yield API_READ;
                }
                yield API_OTHER;
            }
        };
    }

    private static Activities account(AuditEvent e, String t) {
        String support = e.detail(EventDetail.SUPPORT_ACTION.key());
        if (support != null) {
            String s = support.toLowerCase(Locale.ROOT);
            return s.contains("revoke") || s.contains("reset") || s.contains("remove") ? FACTOR_DISABLE : OTHER_ACCOUNT;
        }
        if (t.startsWith("ADMIN_")) {
            // An administrator changed a user's credentials through the admin API (ADMIN_<operation> on users/…).
            String path = e.detail("resource_path") == null ? "" : e.detail("resource_path");
            if (path.endsWith("/reset-password")) {
                return PASSWORD_RESET;
            }
            if (path.contains("/credentials") && t.equals("ADMIN_DELETE")) {
                return FACTOR_DISABLE;
            }
            return OTHER_ACCOUNT;
        }
        boolean password = PasswordCredentialModel.TYPE.equals(e.detail(Details.CREDENTIAL_TYPE));
        if (t.startsWith("RESET_PASSWORD")) {
            return PASSWORD_RESET;
        }
        if (t.startsWith("UPDATE_PASSWORD") || (password && t.startsWith("UPDATE_CREDENTIAL"))) {
            return PASSWORD_CHANGE;
        }
        if (t.startsWith("REGISTER")) {
            return ACCOUNT_CREATE;
        }
        if (t.startsWith("DELETE_ACCOUNT")) {
            return ACCOUNT_DELETE;
        }
        if (t.startsWith("REMOVE_CREDENTIAL") || t.startsWith("REMOVE_TOTP")) {
            return password ? OTHER_ACCOUNT : FACTOR_DISABLE;
        }
        if (t.startsWith("UPDATE_CREDENTIAL") || t.startsWith("UPDATE_TOTP")
                || AppendOutcome.CREATED.code().equals(e.detail(EventDetail.APPEND_OUTCOME.key()))) {
            return FACTOR_ENABLE;
        }
        return OTHER_ACCOUNT;
    }
}
