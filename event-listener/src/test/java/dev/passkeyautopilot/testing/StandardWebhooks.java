package dev.passkeyautopilot.testing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * A receiver's verification exactly as the Standard Webhooks specification describes it: strip {@code whsec_},
 * base64-decode the key, HMAC-SHA256 over {@code id.timestamp.body}, compare in constant time with each
 * space-separated {@code v1,<base64>} signature, and reject timestamps more than five minutes away.
 */
public final class StandardWebhooks {

    private StandardWebhooks() {
    }

    public static void verify(String secret, String id, String timestamp, String signatureHeader, byte[] body,
                              long nowSeconds) {
        if (id == null || timestamp == null || signatureHeader == null) {
            throw new IllegalArgumentException("missing webhook-id, webhook-timestamp or webhook-signature");
        }
        long ts = Long.parseLong(timestamp);
        if (Math.abs(nowSeconds - ts) > 300) {
            throw new IllegalArgumentException("timestamp outside tolerance");
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            for (String sig : signatureHeader.split(" ")) {
                String[] parts = sig.split(",", 2);
                if (parts.length == 2 && parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                    return;
                }
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot verify", e);
        }
        throw new IllegalArgumentException("no matching signature");
    }
}
