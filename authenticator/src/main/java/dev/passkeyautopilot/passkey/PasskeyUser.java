package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.webauthn.Base64Url;
import org.keycloak.models.UserModel;

import java.nio.charset.StandardCharsets;

/**
 * The WebAuthn user entity our passkeys are created with (WebAuthn L3 §5.4.3): the user handle is the UTF-8
 * bytes of Keycloak's user id (as Keycloak's own registration uses), the name is the username, the display name
 * the first and last name (the username when both are empty). The Signal API names the same values.
 *
 * @param userHandle  base64url of the user handle
 */
public record PasskeyUser(String userHandle, String name, String displayName) {

    public static PasskeyUser of(UserModel user) {
        return new PasskeyUser(handle(user.getId()), user.getUsername(), displayName(user));
    }

    /** The user handle of a Keycloak user id, base64url. */
    public static String handle(String userId) {
        return Base64Url.encode(userId.getBytes(StandardCharsets.UTF_8));
    }

    private static String displayName(UserModel user) {
        String first = user.getFirstName();
        String last = user.getLastName();
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        return name.isEmpty() ? user.getUsername() : name;
    }
}
