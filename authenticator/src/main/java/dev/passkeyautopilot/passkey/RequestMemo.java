package dev.passkeyautopilot.passkey;

import org.keycloak.models.KeycloakSession;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one request has already read about users' passkeys. A sign-in reads the same user's passkeys several times
 * (the decision on the username, finding the posted credential, the LOGIN listeners), each time a query for our
 * details rows and a parse of every stored credential; the profile of a passkey login put a fifth of our time
 * there. Kept as an attribute of the Keycloak session, so it lives exactly as long as the request.
 */
final class RequestMemo {

    private static final String ATTRIBUTE = RequestMemo.class.getName();

    /**
     * Details rows by user: managed entities, so a change to one is seen here; creating or deleting rows empties it
     * ({@link PasskeyDetailsStore}).
     */
    private final Map<String, Map<String, PasskeyDetailsEntity>> detailsByUser = new HashMap<>();
    /** Parsed credentials by Keycloak credential id, each valid only for the stored form it was parsed from. */
    private final Map<String, UserPasskeys.ParsedCredential> parsed = new HashMap<>();

    private RequestMemo() {
    }

    static RequestMemo of(KeycloakSession session) {
        RequestMemo memo = session.getAttribute(ATTRIBUTE, RequestMemo.class);
        if (memo == null) {
            memo = new RequestMemo();
            session.setAttribute(ATTRIBUTE, memo);
        }
        return memo;
    }

    Map<String, PasskeyDetailsEntity> details(String realmId, String userId, Supplier<Map<String, PasskeyDetailsEntity>> load) {
        return detailsByUser.computeIfAbsent(realmId + '/' + userId, key -> load.get());
    }

    void forgetDetails() {
        detailsByUser.clear();
    }

    /**
     * The parse of a credential's stored form. The form holds the signature counter, which a sign-in in this very
     * request may have just advanced, so a parse is reused only for the very same form.
     */
    UserPasskeys.ParsedCredential parsed(String credentialModelId, String credentialData, Supplier<UserPasskeys.ParsedCredential> parse) {
        UserPasskeys.ParsedCredential known = parsed.get(credentialModelId);
        if (known != null && known.credentialData().equals(credentialData)) {
            return known;
        }
        UserPasskeys.ParsedCredential fresh = parse.get();
        parsed.put(credentialModelId, fresh);
        return fresh;
    }
}
