package dev.passkeyautopilot.intelligence;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A realm's settings for passkey intelligence. Immutable; the constructor refuses nonsense with an
 * {@link IllegalArgumentException} that names the field. {@link #fromConfig(Map)} reads the same settings
 * from the login step's configuration, whose keys are documented in {@code docs/intelligence.md}.
 *
 * @param failuresBeforeStoppingAutoPrompt after this many failed or cancelled automatic prompts here (since the
 *                                         last success), no automatic prompt here; default 2, 1 to 100
 * @param lookBack                         how far back the caller counts operations for {@link History};
 *                                         default 14 days, 1 to 365 days
 * @param crossDeviceEnabled               offer cross-device sign-in (hybrid / QR) when no passkey is here;
 *                                         default true
 * @param allowedDecisions                 decisions the engine may return; must contain {@link Decision#FALLBACK};
 *                                         default all
 * @param realmFailureShareThreshold       realm-wide failure share in an environment from which automatic
 *                                         prompts stop there; default 0.5, above 0 and at most 1
 * @param realmMinimumAttempts             attempts in an environment before its failure share counts; default 20,
 *                                         at least 1
 */
public record IntelligenceSettings(int failuresBeforeStoppingAutoPrompt, Duration lookBack, boolean crossDeviceEnabled,
                                   Set<Decision> allowedDecisions, double realmFailureShareThreshold, long realmMinimumAttempts) {

    /** Config key of {@link #failuresBeforeStoppingAutoPrompt()}. */
    public static final String FAILURES_BEFORE_BUTTON = "intelligence.failures-before-button";
    /** Config key of {@link #lookBack()}, in whole days. */
    public static final String LOOK_BACK_DAYS = "intelligence.look-back-days";
    /** Config key of {@link #crossDeviceEnabled()}. */
    public static final String CROSS_DEVICE = "intelligence.cross-device";
    /** Config key of {@link #allowedDecisions()}: a comma-separated list of decision codes. */
    public static final String ALLOWED_DECISIONS = "intelligence.allowed-decisions";
    /** Config key of {@link #realmFailureShareThreshold()}. */
    public static final String REALM_FAILURE_SHARE = "intelligence.realm-failure-share";
    /** Config key of {@link #realmMinimumAttempts()}. */
    public static final String REALM_MINIMUM_ATTEMPTS = "intelligence.realm-minimum-attempts";

    static final int MAX_FAILURES = 100;
    static final Duration MIN_LOOK_BACK = Duration.ofDays(1);
    static final Duration MAX_LOOK_BACK = Duration.ofDays(365);

    private static final IntelligenceSettings DEFAULTS = new IntelligenceSettings(2, Duration.ofDays(14), true,
            EnumSet.allOf(Decision.class), 0.5, 20);

    public IntelligenceSettings {
        if (failuresBeforeStoppingAutoPrompt < 1 || failuresBeforeStoppingAutoPrompt > MAX_FAILURES) {
            throw new IllegalArgumentException("failuresBeforeStoppingAutoPrompt must be between 1 and " + MAX_FAILURES
                    + ", was " + failuresBeforeStoppingAutoPrompt);
        }
        if (lookBack == null || lookBack.compareTo(MIN_LOOK_BACK) < 0 || lookBack.compareTo(MAX_LOOK_BACK) > 0) {
            throw new IllegalArgumentException("lookBack must be between 1 and 365 days, was " + lookBack);
        }
        if (allowedDecisions == null || !allowedDecisions.contains(Decision.FALLBACK)) {
            // FALLBACK is where the engine ends when nothing else is allowed; without it there is no answer.
            throw new IllegalArgumentException("allowedDecisions must contain fallback, was " + allowedDecisions);
        }
        allowedDecisions = Collections.unmodifiableSet(EnumSet.copyOf(allowedDecisions));
        if (!(realmFailureShareThreshold > 0.0 && realmFailureShareThreshold <= 1.0)) {
            throw new IllegalArgumentException("realmFailureShareThreshold must be above 0 and at most 1, was "
                    + realmFailureShareThreshold);
        }
        if (realmMinimumAttempts < 1) {
            throw new IllegalArgumentException("realmMinimumAttempts must be at least 1, was " + realmMinimumAttempts);
        }
    }

    /** 2 failures, 14 days, cross-device on, every decision allowed, 50 % realm failure share over 20 attempts. */
    public static IntelligenceSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Reads the settings from a login step's configuration. Missing or blank keys take the default.
     *
     * @throws IllegalArgumentException naming the config key, when a value cannot be read or is out of range
     */
    public static IntelligenceSettings fromConfig(Map<String, String> config) {
        Map<String, String> values = config == null ? Map.of() : config;
        int failures = (int) number(values, FAILURES_BEFORE_BUTTON, DEFAULTS.failuresBeforeStoppingAutoPrompt(), 1, MAX_FAILURES);
        long days = number(values, LOOK_BACK_DAYS, DEFAULTS.lookBack().toDays(), 1, MAX_LOOK_BACK.toDays());
        boolean crossDevice = bool(values, CROSS_DEVICE, DEFAULTS.crossDeviceEnabled());
        Set<Decision> allowed = decisions(values);
        double share = share(values);
        long minimum = number(values, REALM_MINIMUM_ATTEMPTS, DEFAULTS.realmMinimumAttempts(), 1, Long.MAX_VALUE);
        return new IntelligenceSettings(failures, Duration.ofDays(days), crossDevice, allowed, share, minimum);
    }

    /** Whether the engine may return this decision. */
    public boolean allows(Decision decision) {
        return allowedDecisions.contains(decision);
    }

    private static String value(Map<String, String> values, String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static long number(Map<String, String> values, String key, long fallback, long min, long max) {
        String value = value(values, key);
        if (value == null) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + parsed);
        }
        return parsed;
    }

    private static boolean bool(Map<String, String> values, String key, boolean fallback) {
        String value = value(values, key);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(key + " must be true or false, was '" + value + "'");
    }

    private static double share(Map<String, String> values) {
        String value = value(values, REALM_FAILURE_SHARE);
        if (value == null) {
            return DEFAULTS.realmFailureShareThreshold();
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(REALM_FAILURE_SHARE + " must be a number, was '" + value + "'");
        }
        if (!(parsed > 0.0 && parsed <= 1.0)) {
            throw new IllegalArgumentException(REALM_FAILURE_SHARE + " must be above 0 and at most 1, was " + value);
        }
        return parsed;
    }

    private static Set<Decision> decisions(Map<String, String> values) {
        String value = value(values, ALLOWED_DECISIONS);
        if (value == null) {
            return DEFAULTS.allowedDecisions();
        }
        Set<Decision> allowed = EnumSet.noneOf(Decision.class);
        for (String code : value.split(",")) {
            if (code.isBlank()) {
                continue;
            }
            allowed.add(Decision.fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                    ALLOWED_DECISIONS + " lists an unknown decision '" + code.trim() + "'; known: auto_passkey, conditional_only, button_only, fallback")));
        }
        if (!allowed.contains(Decision.FALLBACK)) {
            throw new IllegalArgumentException(ALLOWED_DECISIONS + " must contain fallback, was '" + value + "'");
        }
        return allowed;
    }

    @Override
    public String toString() {
        return "IntelligenceSettings[failuresBeforeStoppingAutoPrompt=" + failuresBeforeStoppingAutoPrompt
                + ", lookBack=" + lookBack.toDays() + "d, crossDeviceEnabled=" + crossDeviceEnabled
                + ", allowedDecisions=" + allowedDecisions + ", realmFailureShareThreshold=" + realmFailureShareThreshold
                + ", realmMinimumAttempts=" + realmMinimumAttempts + "]";
    }
}
