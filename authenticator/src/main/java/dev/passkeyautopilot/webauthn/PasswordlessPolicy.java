package dev.passkeyautopilot.webauthn;

import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import org.keycloak.common.util.UriUtils;
import org.keycloak.crypto.Algorithm;
import org.keycloak.models.Constants;
import org.keycloak.models.RealmModel;
import org.keycloak.models.WebAuthnPolicy;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the realm's WebAuthn <em>passwordless</em> policy (Authentication → Policies → Webauthn Passwordless
 * Policy) into a {@link RelyingParty}: passkeys created and used by this extension follow the same policy
 * as Keycloak's own passkey login, so an admin configures them in one place.
 */
public final class PasswordlessPolicy {

    static final long DEFAULT_TIMEOUT_MILLIS = 300_000;

    private PasswordlessPolicy() {
    }

    public static RelyingParty relyingParty(RealmModel realm, URI requestBaseUri) {
        WebAuthnPolicy policy = realm.getWebAuthnPolicyPasswordless();
        String rpId = policy.getRpId();
        if (rpId == null || rpId.isBlank()) {
            rpId = requestBaseUri.getHost();
        }
        Set<String> origins = new HashSet<>(policy.getExtraOrigins() == null ? List.of() : policy.getExtraOrigins());
        origins.add(UriUtils.getOrigin(requestBaseUri));
        String rpName = Objects.requireNonNullElse(policy.getRpEntityName(), Constants.DEFAULT_WEBAUTHN_POLICY_RP_ENTITY_NAME);
        long timeout = policy.getCreateTimeout() > 0 ? policy.getCreateTimeout() * 1000L : DEFAULT_TIMEOUT_MILLIS;
        return new RelyingParty(rpId, rpName, origins,
                specifiedOr(policy.getUserVerificationRequirement(), "preferred"),
                residentKey(policy),
                specifiedOr(policy.getAttestationConveyancePreference(), "none"),
                specifiedOr(policy.getAuthenticatorAttachment(), null),
                algorithms(policy.getSignatureAlgorithm()),
                timeout);
    }

    /**
     * Same precedence as Keycloak's webauthnRegister.js: {@code residentKey} first (Keycloak 26.7 and later), then
     * the deprecated {@code requireResidentKey} (the only option before 26.7). Left unspecified, we prefer a discoverable credential (a passkey) but
     * accept a non-resident key, which identifier-first login can still use through allowCredentials.
     */
    @SuppressWarnings("deprecation")
    private static String residentKey(WebAuthnPolicy policy) {
        String residentKey = specifiedOr(ResidentKeySetting.of(policy).orElse(null), null);
        if (residentKey != null) {
            return residentKey;
        }
        String required = policy.getRequireResidentKey();
        if (Constants.WEBAUTHN_POLICY_OPTION_YES.equals(required)) {
            return "required";
        }
        return Constants.WEBAUTHN_POLICY_OPTION_NO.equals(required) ? "discouraged" : "preferred";
    }

    private static String specifiedOr(String value, String fallback) {
        if (value == null || value.isBlank() || Constants.DEFAULT_WEBAUTHN_POLICY_NOT_SPECIFIED.equals(value)) {
            return fallback;
        }
        return value;
    }

    static List<Long> algorithms(List<String> names) {
        List<String> effective = names == null || names.isEmpty() ? List.of(Algorithm.ES256, Algorithm.RS256) : names;
        return effective.stream().map(PasswordlessPolicy::coseAlgorithm).filter(Objects::nonNull).toList();
    }

    private static Long coseAlgorithm(String name) {
        return switch (name) {
            case Algorithm.ES256 -> COSEAlgorithmIdentifier.ES256.getValue();
            case Algorithm.ES384 -> COSEAlgorithmIdentifier.ES384.getValue();
            case Algorithm.ES512 -> COSEAlgorithmIdentifier.ES512.getValue();
            case Algorithm.RS256 -> COSEAlgorithmIdentifier.RS256.getValue();
            case Algorithm.RS384 -> COSEAlgorithmIdentifier.RS384.getValue();
            case Algorithm.RS512 -> COSEAlgorithmIdentifier.RS512.getValue();
            case Algorithm.Ed25519 -> COSEAlgorithmIdentifier.EdDSA.getValue();
            case "RS1" -> COSEAlgorithmIdentifier.RS1.getValue();
            default -> null;
        };
    }
}
