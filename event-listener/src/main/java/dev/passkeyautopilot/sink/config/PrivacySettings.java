package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.privacy.Privacy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A sink's {@code privacy} object: {@code {"hashUserIds":false,"dropIpAddresses":false,"hashKey":"…"}}.
 *
 * <p>{@code hashKey} (base64, 16 to 64 bytes) is write-only and normally never entered: {@link #merge} keeps the
 * stored one, or generates 32 random bytes when hashing is on and none is stored. Keeping it stable keeps the
 * hashes stable; sending {@code "hashKey": null} discards it, so the next merge generates a new one (rotation:
 * the SIEM then sees every user under a new pseudonym).
 */
public record PrivacySettings(boolean hashUserIds, boolean dropIpAddresses, Secret hashKey) {

    public static final PrivacySettings NONE = new PrivacySettings(false, false, null);

    static final Set<String> FIELDS = Set.of("hashUserIds", "dropIpAddresses", "hashKey");

    private static final SecureRandom RANDOM = new SecureRandom();

    static PrivacySettings parse(Fields f) throws SinkConfigException {
        if (f == null) {
            return new PrivacySettings(false, false, Secret.keep());
        }
        f.allowOnly(FIELDS, "");
        boolean hash = f.bool("hashUserIds", false);
        boolean drop = f.bool("dropIpAddresses", false);
        Secret key = f.secret("hashKey", 200);
        if (key != null && !key.isKeep()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(key.reveal());
            } catch (IllegalArgumentException e) {
                throw new SinkConfigException(f.path("hashKey"), "must be base64");
            }
            if (bytes.length < 16 || bytes.length > 64) {
                throw new SinkConfigException(f.path("hashKey"), "must encode 16 to 64 bytes");
            }
        }
        return new PrivacySettings(hash, drop, key);
    }

    void write(ObjectNode sink, boolean redacted) {
        ObjectNode p = sink.putObject("privacy");
        p.put("hashUserIds", hashUserIds);
        p.put("dropIpAddresses", dropIpAddresses);
        Checks.secret(p, "hashKey", hashKey, redacted);
    }

    PrivacySettings merge(PrivacySettings previous) {
        Secret key = Checks.resolve(hashKey, previous == null ? null : previous.hashKey);
        if (hashUserIds && (key == null || key.isKeep())) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            key = Secret.of(Base64.getEncoder().encodeToString(bytes));
        }
        if (!hashUserIds && key != null && key.isKeep()) {
            // nothing to keep: no hashing, and none stored
            key = null;
        }
        return new PrivacySettings(hashUserIds, dropIpAddresses, key);
    }

    /** Without hashing no key is needed, so a stored document without one is complete. */
    boolean resolved() {
        return !hashUserIds || hashKey == null || !hashKey.isKeep();
    }

    /** The policy a sink applies; requires a merged configuration when hashing is on. */
    public Privacy toPrivacy() {
        byte[] key = hashKey == null || hashKey.isKeep() ? null : Base64.getDecoder().decode(hashKey.reveal());
        return new Privacy(hashUserIds, dropIpAddresses, key);
    }
}
