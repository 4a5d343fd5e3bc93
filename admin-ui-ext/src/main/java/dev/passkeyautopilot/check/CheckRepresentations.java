package dev.passkeyautopilot.check;

import java.util.List;

/** The JSON of {@code check/passkeys}. */
public final class CheckRepresentations {

    private CheckRepresentations() {
    }

    /**
     * @param signedIn whether the browser has a session in this realm; when false, nothing else is said
     */
    public record Answer(boolean signedIn, String username, List<PasskeyHere> passkeys) {
    }

    /**
     * One of the user's passkeys, as far as this browser is concerned.
     *
     * @param createdHere created in this browser (its device marker)
     * @param usedHere    created or last used in this browser
     * @param lastUsedAt  epoch milliseconds, null if never used through our sign-in
     */
    public record PasskeyHere(String label, String provider, boolean createdHere, boolean usedHere, Long lastUsedAt) {
    }
}
