package dev.passkeyautopilot.rollout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The {@code when} of a rule: conditions that must all match for the rule to decide. Every condition is
 * optional; an absent one (an empty list or map, an empty optional) matches everyone, so {@link #ANY} matches
 * every request. A present list condition matches when any of its entries matches. See {@code docs/rollout.md}.
 *
 * @param percentage   the user is in the first N % of buckets (0 to 100, decimals allowed); never matches a
 *                     request without a user id
 * @param os           the OS family (and version bounds) of any entry
 * @param browser      the browser family (and version bounds) of any entry
 * @param clientIds    the client id is one of these (case-sensitive)
 * @param appVersion   the app version the native app reported lies within the bounds; never matches a request
 *                     without one
 * @param groups       the user is in any of these groups (paths such as {@code /staff}, case-sensitive)
 * @param roles        the user has any of these roles (realm role names, or {@code client-id/role})
 * @param ipRanges     the request's address lies in any of these ranges
 * @param capabilities each named capability was reported by the page with this value (a capability that was not
 *                     reported matches neither {@code true} nor {@code false}); names in {@link #CAPABILITIES}
 */
public record Conditions(OptionalDouble percentage, List<PlatformMatch> os, List<PlatformMatch> browser,
                         List<String> clientIds, Optional<VersionRange> appVersion, List<String> groups,
                         List<String> roles, List<Cidr> ipRanges, Map<String, Boolean> capabilities) {

    /** The capability names a page reports and a rule may name. */
    public static final List<String> CAPABILITIES = List.of("webauthn", "platformAuthenticator", "conditionalGet", "hybridTransport");

    /** No conditions: matches every request. */
    public static final Conditions ANY = builder().build();

    public Conditions {
        percentage = percentage == null ? OptionalDouble.empty() : percentage;
        if (percentage.isPresent()) {
            check("percentage", Checks.percentage(percentage.getAsDouble()));
        }
        os = copy("os", os, match -> null);
        browser = copy("browser", browser, match -> null);
        clientIds = copy("clientIds", clientIds, Checks::value);
        appVersion = appVersion == null ? Optional.empty() : appVersion;
        if (appVersion.isPresent() && appVersion.get().isAny()) {
            throw Checks.invalid("appVersion", "must have a min, a max or both");
        }
        groups = copy("groups", groups, Checks::groupPath);
        roles = copy("roles", roles, Checks::value);
        ipRanges = copy("ipRanges", ipRanges, range -> null);
        capabilities = capabilities == null ? Map.of() : copyCapabilities(capabilities);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether no condition is present, so that these conditions match everyone. */
    public boolean isEmpty() {
        return percentage.isEmpty() && os.isEmpty() && browser.isEmpty() && clientIds.isEmpty() && appVersion.isEmpty()
                && groups.isEmpty() && roles.isEmpty() && ipRanges.isEmpty() && capabilities.isEmpty();
    }

    private static <T> List<T> copy(String field, List<T> values, Function<T, String> check) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            check(field + "[" + i + "]", value == null ? "must not be null" : check.apply(value));
        }
        return List.copyOf(values);
    }

    private static Map<String, Boolean> copyCapabilities(Map<String, Boolean> capabilities) {
        Map<String, Boolean> copy = new LinkedHashMap<>();
        capabilities.forEach((name, required) -> {
            if (!CAPABILITIES.contains(name)) {
                throw Checks.invalid("capabilities." + name, capabilityProblem());
            }
            if (required == null) {
                throw Checks.invalid("capabilities." + name, "must be true or false, was null");
            }
            copy.put(name, required);
        });
        return Collections.unmodifiableMap(copy);
    }

    static String capabilityProblem() {
        return "is not a known capability; known: " + String.join(", ", CAPABILITIES);
    }

    private static void check(String field, String problem) {
        if (problem != null) {
            throw Checks.invalid(field, problem);
        }
    }

    /** Builds {@link Conditions}; every condition not set stays absent. Not thread-safe. */
    public static final class Builder {
        private OptionalDouble percentage = OptionalDouble.empty();
        private final List<PlatformMatch> os = new ArrayList<>();
        private final List<PlatformMatch> browser = new ArrayList<>();
        private final List<String> clientIds = new ArrayList<>();
        private Optional<VersionRange> appVersion = Optional.empty();
        private final List<String> groups = new ArrayList<>();
        private final List<String> roles = new ArrayList<>();
        private final List<Cidr> ipRanges = new ArrayList<>();
        private final Map<String, Boolean> capabilities = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder percentage(double value) {
            percentage = OptionalDouble.of(value);
            return this;
        }

        public Builder os(PlatformMatch... matches) {
            os.addAll(Arrays.asList(matches));
            return this;
        }

        public Builder browser(PlatformMatch... matches) {
            browser.addAll(Arrays.asList(matches));
            return this;
        }

        public Builder clientIds(String... values) {
            clientIds.addAll(Arrays.asList(values));
            return this;
        }

        public Builder appVersion(VersionRange range) {
            appVersion = Optional.of(range);
            return this;
        }

        public Builder groups(String... paths) {
            groups.addAll(Arrays.asList(paths));
            return this;
        }

        public Builder roles(String... names) {
            roles.addAll(Arrays.asList(names));
            return this;
        }

        /** @throws IllegalArgumentException when a range is not a literal CIDR range */
        public Builder ipRanges(String... ranges) {
            for (String range : ranges) {
                ipRanges.add(Cidr.parse(range));
            }
            return this;
        }

        public Builder capability(String name, boolean required) {
            capabilities.put(name, required);
            return this;
        }

        /** @throws IllegalArgumentException naming the condition, when a value is out of range */
        public Conditions build() {
            return new Conditions(percentage, os, browser, clientIds, appVersion, groups, roles, ipRanges, capabilities);
        }
    }
}
