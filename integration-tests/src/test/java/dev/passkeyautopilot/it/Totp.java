package dev.passkeyautopilot.it;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.Set;

/**
 * RFC 6238 codes for a Keycloak one-time-code credential (HmacSHA1, 6 digits, 30 s), computed from the
 * secret as Keycloak stores it (its characters are the key). Keycloak refuses a code used before, and
 * accepts the neighbouring time step, so each call returns a code of a step not used yet.
 */
final class Totp {

    static final int PERIOD_SECONDS = 30;

    private final String secret;
    private final Set<Long> usedSteps = new HashSet<>();

    Totp(String secret) {
        this.secret = secret;
    }

    /** The credential representation for {@code POST /users} (Keycloak's import format). */
    String secret() {
        return secret;
    }

    synchronized String nextCode() {
        long step = System.currentTimeMillis() / 1000 / PERIOD_SECONDS;
        for (long candidate : new long[]{step, step + 1, step - 1}) {
            if (usedSteps.add(candidate)) {
                return code(candidate);
            }
        }
        throw new IllegalStateException("three codes used within one time step; wait for the next one");
    }

    String code(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
