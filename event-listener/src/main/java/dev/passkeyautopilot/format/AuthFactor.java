package dev.passkeyautopilot.format;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.vocabulary.EventDetail;
import org.keycloak.models.credential.PasswordCredentialModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The authentication factors an event tells of, from {@code pa_amr} (RFC 8176 values, see docs/second-factor.md)
 * or, without it, from Keycloak's {@code credential_type}. {@code user} and {@code mfa} are properties of the
 * login, not factors, and yield none.
 *
 * @param ocsfTypeId OCSF auth_factor {@code factor_type_id}: 7 OTP, 10 WebAuthn, 11 Password
 * @param ocsfType   OCSF {@code factor_type}
 * @param amr        the RFC 8176 value it came from, or null
 * @param hotp       Boolean.TRUE/FALSE when the credential type says HOTP or TOTP, else null (Keycloak's OTP
 *                   credential type {@code otp} does not say)
 */
public record AuthFactor(int ocsfTypeId, String ocsfType, String amr, Boolean hotp) {

    static final AuthFactor PASSWORD = new AuthFactor(11, "Password", "pwd", null);
    static final AuthFactor OTP = new AuthFactor(7, "OTP", "otp", null);
    static final AuthFactor PASSKEY_DEVICE_BOUND = new AuthFactor(10, "WebAuthn", "hwk", null);
    static final AuthFactor PASSKEY_SYNCED = new AuthFactor(10, "WebAuthn", "swk", null);

    public static List<AuthFactor> of(AuditEvent e) {
        Set<AuthFactor> out = new LinkedHashSet<>();
        String amr = e.detail(EventDetail.AMR.key());
        if (amr != null && !amr.isBlank()) {
            for (String v : amr.split(",")) {
                switch (v.trim()) {
                    case "pwd" -> out.add(PASSWORD);
                    case "otp" -> out.add(OTP);
                    case "hwk" -> out.add(PASSKEY_DEVICE_BOUND);
                    case "swk" -> out.add(PASSKEY_SYNCED);
                    default -> { }
                }
            }
            return new ArrayList<>(out);
        }
        String type = e.detail("credential_type");
        if (type != null) {
            switch (type.toLowerCase(Locale.ROOT)) {
                case PasswordCredentialModel.TYPE -> out.add(PASSWORD);
                case "otp", "recovery-authn-codes" -> out.add(OTP);
                case "totp" -> out.add(new AuthFactor(7, "OTP", "otp", Boolean.FALSE));
                case "hotp" -> out.add(new AuthFactor(7, "OTP", "otp", Boolean.TRUE));
                case "webauthn", "webauthn-passwordless" -> out.add(
                        "true".equals(e.detail(EventDetail.SYNCED.key())) ? PASSKEY_SYNCED : PASSKEY_DEVICE_BOUND);
                default -> { }
            }
        }
        return new ArrayList<>(out);
    }

    /** True/false when {@code pa_amr} says whether the login is multi-factor, else null. */
    public static Boolean isMfa(AuditEvent e) {
        String amr = e.detail(EventDetail.AMR.key());
        if (amr == null || amr.isBlank()) {
            return null;
        }
        for (String v : amr.split(",")) {
            if (v.trim().equals("mfa")) {
                return Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }
}
