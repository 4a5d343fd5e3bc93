package dev.passkeyautopilot.webauthn;

import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.security.SecureRandom;

/**
 * Challenges live in the authentication session (so any cluster node can verify them), are single use
 * (taken out before verification, whatever its outcome) and expire with the ceremony's timeout.
 * Keycloak's {@link Time} is used so tests can move the clock.
 */
public final class ChallengeNotes {

    static final String CHALLENGE = "pa.challenge";
    static final String EXPIRES_AT = "pa.challenge.expires-at";
    private static final int CHALLENGE_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChallengeNotes() {
    }

    /** Issues a fresh challenge, replacing any earlier one of this session. */
    public static byte[] issue(AuthenticationSessionModel session, long lifetimeMillis) {
        byte[] challenge = new byte[CHALLENGE_BYTES];
        RANDOM.nextBytes(challenge);
        session.setAuthNote(CHALLENGE, Base64Url.encode(challenge));
        session.setAuthNote(EXPIRES_AT, Long.toString(Time.currentTimeMillis() + lifetimeMillis));
        return challenge;
    }

    /** Voids the pending challenge, if any: the ceremony it was issued for has ended. */
    public static void discard(AuthenticationSessionModel session) {
        session.removeAuthNote(CHALLENGE);
        session.removeAuthNote(EXPIRES_AT);
    }

    /** Removes the pending challenge and returns it, if it is still valid. */
    public static byte[] consume(AuthenticationSessionModel session) throws CeremonyException {
        String challenge = session.getAuthNote(CHALLENGE);
        String expiresAt = session.getAuthNote(EXPIRES_AT);
        discard(session);
        if (challenge == null || expiresAt == null) {
            throw new CeremonyException(FailureReason.CHALLENGE_MISSING, "No passkey challenge pending in this session");
        }
        if (Time.currentTimeMillis() > Long.parseLong(expiresAt)) {
            throw new CeremonyException(FailureReason.CHALLENGE_EXPIRED, "The passkey challenge has expired");
        }
        return Base64Url.decode(challenge);
    }
}
