package dev.passkeyautopilot.export;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pseudonym of a user id under a realm's key: the first 16 bytes of HMAC-SHA256(key, user id), in lower-case
 * hex (32 characters). The same user always gets the same pseudonym while the key stays; without the key, nobody
 * can compute it from a user id, and another realm's key gives other pseudonyms. Not thread-safe: one per export.
 */
public final class Pseudonyms {

    /** Bytes of key material: the full block of SHA-256's HMAC strength. */
    public static final int KEY_BYTES = 32;
    private static final int PSEUDONYM_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    /** Pseudonyms computed lately, at most {@link #CACHED} (an export meets the same users again and again). */
    static final int CACHED = 10_000;

    private final Mac mac;
    private final Map<String, String> recent = new LinkedHashMap<>(CACHED * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED;
        }
    };

    public Pseudonyms(byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("a pseudonym key has at least " + KEY_BYTES + " bytes, not " + key.length);
        }
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    public String of(String userId) {
        return recent.computeIfAbsent(userId, this::compute);
    }

    private String compute(String userId) {
        byte[] digest = mac.doFinal(userId.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest, 0, PSEUDONYM_BYTES);
    }
}
