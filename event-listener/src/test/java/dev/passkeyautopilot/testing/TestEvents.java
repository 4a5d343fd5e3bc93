package dev.passkeyautopilot.testing;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.Category;
import dev.passkeyautopilot.audit.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Realistic events (as the listener will build them from Keycloak's) and hostile ones. */
public final class TestEvents {

    public static final String REALM_ID = "8a5c6b1e-3f7d-4c52-9a0b-6d2e1f4a7c90";
    public static final String USER_ID = "f3b9e0c2-1d4a-4e8b-9c7f-2a6d5e8b1c03";
    public static final String AGENT_ID = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    public static final long TIME = 1718029800123L; // 2024-06-10T14:30:00.123Z

    /** Every kind of awkward character a user-controlled value may carry. */
    public static final String HOSTILE = "</script><script>alert(\"x\")</script> ' \" \\ | = ] [ { } , "
            + "line1\nline2\r\nline3\r \t \u0000 \u0007 \u001b[31m \u007f \u0085 \u2028 \u2029 "
            + "Zoë 日本語 🙂 \uD800 CEF:0|fake|header| <13>1 - - - - [x@1 a=\"b\"]";

    private TestEvents() {
    }

    public static AuditEvent passkeyLogin() {
        return AuditEvent.builder()
                .id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(TIME)
                .realmId(REALM_ID).realmName("demo")
                .type("LOGIN").category(Category.AUTHENTICATION).outcome(Outcome.SUCCESS)
                .userId(USER_ID).username("alice")
                .sessionId("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e").clientId("account-console")
                .ipAddress("203.0.113.7")
                .detail("auth_method", "openid-connect")
                .detail("credential_type", "webauthn-passwordless")
                .detail("pa_login_method", "passkey_automatic")
                .detail("pa_amr", "hwk,user,mfa")
                .detail("pa_decision", "auto_passkey")
                .detail("pa_decision_reasons", "passkey_on_this_device,platform_authenticator")
                .detail("user_verification_checked", "true")
                .detail("pa_synced", "false")
                .detail("pa_duration_ms", "1830")
                .detail("pa_os", "Mac OS X 14.5")
                .detail("pa_browser", "Chrome 126.0.0.0")
                .detail("pa_device_class", "desktop")
                .detail("user_agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/126.0.0.0")
                .build();
    }

    public static AuditEvent passwordLogin() {
        return AuditEvent.builder()
                .id("5d1f7a3c-2b4e-4a6d-8c9f-1e3a5b7d9f02").time(TIME)
                .realmId(REALM_ID).realmName("demo")
                .type("LOGIN").category(Category.AUTHENTICATION).outcome(Outcome.SUCCESS)
                .userId(USER_ID).username("alice").clientId("account-console").ipAddress("2001:db8::7")
                .detail("credential_type", "password")
                .detail("pa_login_method", "password")
                .detail("pa_amr", "pwd")
                .build();
    }

    public static AuditEvent failedLogin() {
        return AuditEvent.builder()
                .id("9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b").time(TIME + 1000)
                .realmId(REALM_ID).realmName("demo")
                .type("LOGIN_ERROR").category(Category.AUTHENTICATION).outcome(Outcome.FAILURE)
                .error("invalid_user_credentials")
                .userId(USER_ID).username("alice").clientId("account-console").ipAddress("203.0.113.7")
                .detail("auth_method", "openid-connect")
                .detail("pa_reason", "bad_signature")
                .detail("web_authn_authentication_error", "bad_signature")
                .detail("public_key_credential_id", "q83vEjRWeJCrze8SNFZ4kA")
                .build();
    }

    public static AuditEvent cloneSuspected() {
        return AuditEvent.builder()
                .id("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d").time(TIME + 2000)
                .realmId(REALM_ID).realmName("demo")
                .type("LOGIN_ERROR").category(Category.AUTHENTICATION).outcome(Outcome.FAILURE)
                .error("invalid_user_credentials").userId(USER_ID).username("alice")
                .detail("pa_reason", "counter_regressed")
                .detail("pa_possible_clone", "true")
                .build();
    }

    public static AuditEvent passkeyCreated() {
        return AuditEvent.builder()
                .id("7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918").time(TIME + 60_000)
                .realmId(REALM_ID).realmName("demo")
                .type("UPDATE_CREDENTIAL").category(Category.ACCOUNT_CHANGE).outcome(Outcome.SUCCESS)
                .userId(USER_ID).username("alice").sessionId("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e")
                .clientId("account-console").ipAddress("203.0.113.7")
                .detail("credential_type", "webauthn-passwordless")
                .detail("credential_id", "c0ffee00-1111-4222-8333-444455556666")
                .detail("public_key_credential_aaguid", "fbfc3007-154e-4ecc-8c0b-6e020557d7bd")
                .detail("pa_synced", "true")
                .detail("pa_append_outcome", "created")
                .build();
    }

    public static AuditEvent passkeyRemoved() {
        return AuditEvent.builder()
                .id("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e").time(TIME + 120_000)
                .realmId(REALM_ID).realmName("demo")
                .type("REMOVE_CREDENTIAL").category(Category.ACCOUNT_CHANGE).outcome(Outcome.SUCCESS)
                .userId(USER_ID).username("alice").clientId("account-console").ipAddress("203.0.113.7")
                .detail("credential_type", "webauthn-passwordless")
                .detail("credential_id", "c0ffee00-1111-4222-8333-444455556666")
                .build();
    }

    public static AuditEvent supportRevoke() {
        return AuditEvent.builder()
                .id("4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a").time(TIME + 180_000)
                .realmId(REALM_ID).realmName("demo")
                .type("REMOVE_CREDENTIAL").category(Category.ACCOUNT_CHANGE).outcome(Outcome.SUCCESS)
                .userId(USER_ID).username("alice").clientId("passkey-autopilot-support").ipAddress("198.51.100.20")
                .detail("pa_support_action", "revoke_passkey")
                .detail("pa_support_reason", "ticket 4711: phone lost")
                .detail("pa_actor", AGENT_ID)
                .detail("credential_id", "c0ffee00-1111-4222-8333-444455556666")
                .build();
    }

    public static AuditEvent adminUpdate() {
        return AuditEvent.builder()
                .id("6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c").time(TIME + 240_000)
                .realmId(REALM_ID).realmName("demo")
                .type("ADMIN_UPDATE").category(Category.ADMIN).outcome(Outcome.SUCCESS)
                .userId(AGENT_ID).username("admin").clientId("security-admin-console").ipAddress("198.51.100.20")
                .detail("resource_type", "USER")
                .detail("resource_path", "users/" + USER_ID + "/credentials/c0ffee00-1111-4222-8333-444455556666")
                .build();
    }

    public static List<AuditEvent> typical() {
        return List.of(passkeyLogin(), passwordLogin(), failedLogin(), cloneSuspected(), passkeyCreated(),
                passkeyRemoved(), supportRevoke(), adminUpdate());
    }

    /** Every nullable field and detail hostile; {@code longValue} adds a 100 000-character detail. */
    public static AuditEvent hostile(boolean longValue) {
        AuditEvent.Builder b = AuditEvent.builder()
                .id(UUID.randomUUID().toString()).time(TIME)
                .realmId(HOSTILE).realmName(HOSTILE)
                .type("LOGIN_ERROR").category(Category.AUTHENTICATION).outcome(Outcome.FAILURE)
                .error(HOSTILE).userId(HOSTILE).username(HOSTILE).sessionId(HOSTILE).clientId(HOSTILE)
                .ipAddress(HOSTILE)
                .detail("pa_reason", HOSTILE)
                .detail("pa_amr", HOSTILE)
                .detail("user_agent", HOSTILE)
                .detail("pa_login_method", HOSTILE)
                .detail("pa_actor", HOSTILE)
                .detail(HOSTILE, HOSTILE)
                .detail("key with spaces=and|pipes\\", "v");
        if (longValue) {
            b.detail("pa_decision_reasons", "x\"\\=|\n".repeat(20_000));
        }
        return b.build();
    }

    public static List<AuditEvent> numbered(int n) {
        List<AuditEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(AuditEvent.builder()
                    .id(UUID.randomUUID().toString()).time(TIME + i)
                    .realmId(REALM_ID).realmName("demo")
                    .type("LOGIN").category(Category.AUTHENTICATION).outcome(Outcome.SUCCESS)
                    .userId(USER_ID).username("user-" + i)
                    .detail("pa_login_method", "passkey_automatic")
                    .detail("seq", Integer.toString(i))
                    .build());
        }
        return out;
    }
}
