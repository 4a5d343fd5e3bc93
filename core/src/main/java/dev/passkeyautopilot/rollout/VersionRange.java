package dev.passkeyautopilot.rollout;

import java.util.Optional;

/**
 * Bounds on a reported version, both inclusive and each optional: {@code min 5.2.0, max 6.0.0} contains 5.2.0,
 * 5.10 and 6.0.0 but not 5.1.9 or 6.0.1. A range with neither bound contains every version, known or not; a
 * range with a bound contains no unknown version.
 *
 * @param min the lowest version contained, if any
 * @param max the highest version contained, if any
 */
public record VersionRange(Optional<Version> min, Optional<Version> max) {

    public static final VersionRange ANY = new VersionRange(Optional.empty(), Optional.empty());

    public VersionRange {
        min = min == null ? Optional.empty() : min;
        max = max == null ? Optional.empty() : max;
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new IllegalArgumentException(maxBelowMin(min.get(), max.get()));
        }
    }

    /** A range from the version texts, either of which may be null for "no bound". */
    public static VersionRange of(String min, String max) {
        return new VersionRange(Optional.ofNullable(min).map(Version::parse), Optional.ofNullable(max).map(Version::parse));
    }

    /** Whether the reported version (read as {@link Versions} describes) lies within the bounds. */
    public boolean contains(String reported) {
        if (min.isPresent()) {
            int compared = Versions.compare(reported, min.get());
            if (compared == Versions.UNKNOWN || compared < 0) {
                return false;
            }
        }
        if (max.isPresent()) {
            int compared = Versions.compare(reported, max.get());
            return compared != Versions.UNKNOWN && compared <= 0;
        }
        return true;
    }

    /** Whether neither bound is set. */
    public boolean isAny() {
        return min.isEmpty() && max.isEmpty();
    }

    static String maxBelowMin(Version min, Version max) {
        return "must not be below the minimum version " + min.text() + ", was " + max.text();
    }
}
