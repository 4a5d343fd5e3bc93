package dev.passkeyautopilot.rollout;

import java.util.OptionalInt;

/**
 * Compares versions numerically segment by segment, missing segments counting as zero: {@code 10.15.7} is above
 * {@code 10}, {@code 10.0} equals {@code 10}, {@code 9} is below {@code 10}.
 *
 * <p>Versions a request reports (OS, browser, app; e.g. {@code 126.0.6478.126}, {@code Unknown}) are read
 * leniently: leading spaces are skipped, each segment counts with its leading digits, and the version ends at
 * the first character that is neither a digit nor a dot followed by a digit ({@code 17.4b2} and
 * {@code 17.4 (beta)} read as 17.4). A version that does not start with a digit ({@code Unknown}, empty, null)
 * is unknown, and an unknown version satisfies no bound. Comparing with a rule's {@link Version} allocates
 * nothing.
 */
public final class Versions {

    /** What {@link #compare(String, Version)} returns for an unknown reported version. */
    static final int UNKNOWN = Integer.MIN_VALUE;

    private static final long SEGMENT_CAP = 1_000_000_000_000L;

    private Versions() {
    }

    /**
     * Compares two versions, both read leniently, e.g. {@code compare("10.15.7", "10")} is positive.
     *
     * @return negative, zero or positive as {@code a} is below, equal to or above {@code b}; empty when either
     *         is unknown
     */
    public static OptionalInt compare(String a, String b) {
        int startA = start(a);
        int startB = start(b);
        if (startA < 0 || startB < 0) {
            return OptionalInt.empty();
        }
        int posA = startA;
        int posB = startB;
        while (posA >= 0 || posB >= 0) {
            long valueA = posA >= 0 ? value(a, posA) : 0;
            long valueB = posB >= 0 ? value(b, posB) : 0;
            if (valueA != valueB) {
                return OptionalInt.of(valueA < valueB ? -1 : 1);
            }
            posA = posA >= 0 ? next(a, posA) : -1;
            posB = posB >= 0 ? next(b, posB) : -1;
        }
        return OptionalInt.of(0);
    }

    /**
     * Compares a reported version with a rule's version.
     *
     * @return negative, zero or positive as {@code reported} is below, equal to or above {@code bound}, or
     *         {@link #UNKNOWN} when the reported version is unknown
     */
    static int compare(String reported, Version bound) {
        int pos = start(reported);
        if (pos < 0) {
            return UNKNOWN;
        }
        int index = 0;
        while (pos >= 0 || index < bound.segmentCount()) {
            long value = pos >= 0 ? value(reported, pos) : 0;
            long expected = bound.segment(index);
            if (value != expected) {
                return value < expected ? -1 : 1;
            }
            pos = pos >= 0 ? next(reported, pos) : -1;
            index++;
        }
        return 0;
    }

    // Where the first segment starts, or -1 when the text does not start (after spaces) with a digit.
    private static int start(String text) {
        if (text == null) {
            return -1;
        }
        int pos = 0;
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        return pos < text.length() && isDigit(text.charAt(pos)) ? pos : -1;
    }

    // The value of the digits starting at pos, capped so that no input overflows.
    private static long value(String text, int pos) {
        long value = 0;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            value = Math.min(value * 10 + (text.charAt(pos) - '0'), SEGMENT_CAP);
            pos++;
        }
        return value;
    }

    // Where the segment after the one starting at pos starts, or -1 when the version ends there.
    private static int next(String text, int pos) {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        return pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1)) ? pos + 1 : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
