package dev.passkeyautopilot.rollout;

import java.util.Arrays;

/**
 * A version a rule names, such as {@code 10}, {@code 10.15.7} or {@code 5.2.0}: one to eight numeric segments
 * separated by dots, parsed once when the rule set is built. Compared numerically segment by segment, missing
 * segments counting as zero ({@code 10} equals {@code 10.0} in {@link #compareTo}); {@link #equals} compares
 * the text as written, so a rule set that is written back reads the same.
 */
public final class Version implements Comparable<Version> {

    static final int MAX_SEGMENTS = 8;
    static final int MAX_SEGMENT_DIGITS = 9;

    private final String text;
    private final int[] segments;

    private Version(String text, int[] segments) {
        this.text = text;
        this.segments = segments;
    }

    /**
     * Parses a version a rule names.
     *
     * @throws IllegalArgumentException with a message a person understands, when the text is not a version
     */
    public static Version parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String[] parts = text.split("\\.", -1);
        int[] segments = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            segments[i] = Integer.parseInt(parts[i]);
        }
        return new Version(text, segments);
    }

    /** What is wrong with the text as a rule version, or null when it is one. */
    static String problem(String text) {
        if (text == null) {
            return "must be a version such as 10 or 10.15.7, was null";
        }
        String[] parts = text.split("\\.", -1);
        boolean valid = !text.isEmpty() && parts.length <= MAX_SEGMENTS;
        for (int i = 0; valid && i < parts.length; i++) {
            String part = parts[i];
            valid = !part.isEmpty() && part.length() <= MAX_SEGMENT_DIGITS;
            for (int c = 0; valid && c < part.length(); c++) {
                valid = part.charAt(c) >= '0' && part.charAt(c) <= '9';
            }
        }
        return valid ? null : "must be a version such as 10 or 10.15.7 (up to " + MAX_SEGMENTS
                + " numbers of up to " + MAX_SEGMENT_DIGITS + " digits, separated by dots), was \""
                + Checks.abbreviate(text) + "\"";
    }

    /** The version as written in the rule. */
    public String text() {
        return text;
    }

    int segmentCount() {
        return segments.length;
    }

    int segment(int index) {
        return index < segments.length ? segments[index] : 0;
    }

    @Override
    public int compareTo(Version other) {
        int length = Math.max(segments.length, other.segments.length);
        for (int i = 0; i < length; i++) {
            int difference = Integer.compare(segment(i), other.segment(i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version version && text.equals(version.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    // For tests: the parsed segments.
    int[] segments() {
        return Arrays.copyOf(segments, segments.length);
    }
}
