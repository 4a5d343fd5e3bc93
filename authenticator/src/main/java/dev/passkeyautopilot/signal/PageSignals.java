package dev.passkeyautopilot.signal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What a page of ours tells the browser's passkey provider through the WebAuthn Signal API (WebAuthn L3
 * §5.1.10), as the JSON the page's script reads ({@code passkey-autopilot-common.js}: {@code signalUnknown},
 * {@code signalAllAccepted}, {@code signalUserDetails}). Ids and the user handle are base64url. Absent values
 * are left out: the page signals only what is present, and only where the browser has the API.
 *
 * @param afterSignIn true: {@link #acceptedCredentialIds} are signalled once the browser returned a passkey, with
 *                    the user handle that passkey carries (the page does not get the user id before sign-in)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageSignals(String rpId, String unknownCredentialId, String userId, List<String> acceptedCredentialIds, String name,
                          String displayName, Boolean afterSignIn) {

    /** A sign-in presented this credential id, which no account here holds. */
    public static PageSignals unknown(String rpId, String credentialId) {
        return new PageSignals(rpId, credentialId, null, null, null, null, null);
    }

    /** The user's passkeys, to signal with the user handle of the passkey the browser returns. */
    public static PageSignals acceptedAfterSignIn(String rpId, List<String> credentialIds) {
        return new PageSignals(rpId, null, null, List.copyOf(credentialIds), null, null, true);
    }

    /**
     * What is pending for a signed-in user.
     *
     * @param accepted the user's passkey ids, or null when the list need not be signalled
     * @param name     null with displayName when the names need not be signalled
     */
    public static PageSignals pending(String rpId, String userId, List<String> accepted, String name, String displayName) {
        return new PageSignals(rpId, null, userId, accepted == null ? null : List.copyOf(accepted), name, displayName, null);
    }
}
