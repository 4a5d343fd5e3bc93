package dev.passkeyautopilot.rollout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stable hashing of users into percentage buckets and experiment arms. Everything here is a pure function of
 * its arguments: the same realm salt and user id give the same bucket on every call, node and restart.
 *
 * <ul>
 *   <li>Bucket: SHA-256 of the UTF-8 bytes of {@code salt + ":" + userId}, the first four bytes read as an
 *   unsigned big-endian number, modulo {@value #BUCKETS}. It does not depend on the feature, so a user has the
 *   same bucket for every feature, and widening a percentage keeps everyone who was in.</li>
 *   <li>Experiment point: SHA-256 of {@code salt + ":" + experimentName + ":" + userId}, the first four bytes
 *   divided by 2<sup>32</sup>, a number in [0, 1). Experiment names contain no {@code ':'}, so different
 *   experiments hash different texts and split users independently of each other and of the buckets.</li>
 * </ul>
 */
public final class Buckets {

    /** The number of buckets: one bucket is 0.01 % of users. */
    public static final int BUCKETS = 10_000;

    private static final MessageDigest SHA_256_PROTOTYPE = sha256();
    private static final double TWO_TO_32 = 4_294_967_296.0;

    private Buckets() {
    }

    /** The user's bucket, 0 to 9999. */
    public static int bucket(String salt, String userId) {
        return (int) (first4Bytes(salt + ":" + userId) % BUCKETS);
    }

    /**
     * Whether a bucket is within a percentage (0 to 100, decimals allowed): {@code bucket < percentage * 100},
     * so 10 % is buckets 0 to 999 and 0.5 % is buckets 0 to 49.
     */
    public static boolean within(int bucket, double percentage) {
        return bucket < bucketLimit(percentage);
    }

    /**
     * The first bucket outside a percentage: the smallest whole number not below {@code percentage * 100}. The
     * product is taken with a tolerance of a millionth of a bucket, so that 0.07 % is the 7 buckets 0 to 6
     * although {@code 0.07 * 100} is 7.000000000000001 in floating point.
     */
    static int bucketLimit(double percentage) {
        return (int) Math.ceil(percentage * 100.0 - 1e-6);
    }

    /** The user's point for an experiment, in [0, 1). */
    public static double experimentPoint(String salt, String experimentName, String userId) {
        return first4Bytes(salt + ":" + experimentName + ":" + userId) / TWO_TO_32;
    }

    private static long first4Bytes(String text) {
        MessageDigest digest = digest();
        byte[] hash = digest.digest(text.getBytes(StandardCharsets.UTF_8));
        return ((hash[0] & 0xffL) << 24) | ((hash[1] & 0xffL) << 16) | ((hash[2] & 0xffL) << 8) | (hash[3] & 0xffL);
    }

    private static MessageDigest digest() {
        try {
            // Cloning a prototype skips the provider lookup of MessageDigest.getInstance on every call.
            return (MessageDigest) SHA_256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
