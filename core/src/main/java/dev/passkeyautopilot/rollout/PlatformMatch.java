package dev.passkeyautopilot.rollout;

import java.util.Objects;

/**
 * One entry of an {@code os} or {@code browser} condition: a family as ua-parser names it (e.g. {@code Windows},
 * {@code Mac OS X}, {@code Chrome}, {@code Mobile Safari}), compared case-insensitively, and optional version
 * bounds. JSON: {@code {"family": "Windows", "minVersion": "10", "maxVersion": "11"}}.
 *
 * @param family   the family, compared case-insensitively
 * @param versions the versions matched; {@link VersionRange#ANY} for every version, even an unknown one
 */
public record PlatformMatch(String family, VersionRange versions) {

    public PlatformMatch {
        String problem = Checks.value(family);
        if (problem != null) {
            throw Checks.invalid("family", problem);
        }
        versions = versions == null ? VersionRange.ANY : versions;
    }

    /** Any version of the family. */
    public static PlatformMatch of(String family) {
        return new PlatformMatch(family, VersionRange.ANY);
    }

    /** The family from the given version on (inclusive). */
    public static PlatformMatch atLeast(String family, String minVersion) {
        return new PlatformMatch(family, VersionRange.of(minVersion, null));
    }

    /** Whether a reported family and version match this entry. */
    public boolean matches(String reportedFamily, String reportedVersion) {
        return family.equalsIgnoreCase(Objects.requireNonNullElse(reportedFamily, "")) && versions.contains(reportedVersion);
    }
}
