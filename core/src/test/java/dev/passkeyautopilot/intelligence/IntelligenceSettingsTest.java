package dev.passkeyautopilot.intelligence;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntelligenceSettingsTest {

    private static final Duration DAYS_14 = Duration.ofDays(14);
    private static final Set<Decision> ALL = EnumSet.allOf(Decision.class);

    @Test
    @DisplayName("Defaults: 2 failures, 14 days, cross-device on, all decisions, 0.5 share over 20 attempts")
    void defaults() {
        IntelligenceSettings settings = IntelligenceSettings.defaults();
        assertEquals(2, settings.failuresBeforeStoppingAutoPrompt());
        assertEquals(DAYS_14, settings.lookBack());
        assertTrue(settings.crossDeviceEnabled());
        assertEquals(ALL, settings.allowedDecisions());
        assertEquals(0.5, settings.realmFailureShareThreshold());
        assertEquals(20, settings.realmMinimumAttempts());
        assertEquals(settings, IntelligenceSettings.fromConfig(Map.of()));
        assertEquals(settings, IntelligenceSettings.fromConfig(null));
    }

    @Test
    @DisplayName("Nonsense settings are refused with an error naming the field")
    void refusesNonsense() {
        refused("failuresBeforeStoppingAutoPrompt", () -> new IntelligenceSettings(0, DAYS_14, true, ALL, 0.5, 20));
        refused("failuresBeforeStoppingAutoPrompt", () -> new IntelligenceSettings(101, DAYS_14, true, ALL, 0.5, 20));
        refused("lookBack", () -> new IntelligenceSettings(2, null, true, ALL, 0.5, 20));
        refused("lookBack", () -> new IntelligenceSettings(2, Duration.ofHours(1), true, ALL, 0.5, 20));
        refused("lookBack", () -> new IntelligenceSettings(2, Duration.ofDays(366), true, ALL, 0.5, 20));
        refused("allowedDecisions", () -> new IntelligenceSettings(2, DAYS_14, true, null, 0.5, 20));
        refused("allowedDecisions", () -> new IntelligenceSettings(2, DAYS_14, true,
                EnumSet.of(Decision.AUTO_PASSKEY, Decision.BUTTON_ONLY), 0.5, 20));
        refused("realmFailureShareThreshold", () -> new IntelligenceSettings(2, DAYS_14, true, ALL, 0.0, 20));
        refused("realmFailureShareThreshold", () -> new IntelligenceSettings(2, DAYS_14, true, ALL, 1.5, 20));
        refused("realmFailureShareThreshold", () -> new IntelligenceSettings(2, DAYS_14, true, ALL, Double.NaN, 20));
        refused("realmMinimumAttempts", () -> new IntelligenceSettings(2, DAYS_14, true, ALL, 0.5, 0));
    }

    @Test
    @DisplayName("Allowed decisions are copied: changing the caller's set changes nothing")
    void allowedDecisionsCopied() {
        Set<Decision> allowed = EnumSet.of(Decision.AUTO_PASSKEY, Decision.FALLBACK);
        IntelligenceSettings settings = new IntelligenceSettings(2, DAYS_14, true, allowed, 0.5, 20);
        allowed.add(Decision.BUTTON_ONLY);
        assertEquals(EnumSet.of(Decision.AUTO_PASSKEY, Decision.FALLBACK), settings.allowedDecisions());
        assertThrows(UnsupportedOperationException.class, () -> settings.allowedDecisions().add(Decision.BUTTON_ONLY));
    }

    @Test
    @DisplayName("Config keys are read; blank values take the default")
    void readsConfig() {
        IntelligenceSettings settings = IntelligenceSettings.fromConfig(Map.of(
                IntelligenceSettings.FAILURES_BEFORE_BUTTON, "3",
                IntelligenceSettings.LOOK_BACK_DAYS, "30",
                IntelligenceSettings.CROSS_DEVICE, "false",
                IntelligenceSettings.ALLOWED_DECISIONS, " button_only , FALLBACK ",
                IntelligenceSettings.REALM_FAILURE_SHARE, "0.25",
                IntelligenceSettings.REALM_MINIMUM_ATTEMPTS, " "));
        assertEquals(new IntelligenceSettings(3, Duration.ofDays(30), false,
                EnumSet.of(Decision.BUTTON_ONLY, Decision.FALLBACK), 0.25, 20), settings);
    }

    @Test
    @DisplayName("Bad config values are refused with an error naming the config key")
    void refusesBadConfig() {
        refusedConfig(IntelligenceSettings.FAILURES_BEFORE_BUTTON, "two");
        refusedConfig(IntelligenceSettings.FAILURES_BEFORE_BUTTON, "0");
        refusedConfig(IntelligenceSettings.LOOK_BACK_DAYS, "0");
        refusedConfig(IntelligenceSettings.LOOK_BACK_DAYS, "366");
        refusedConfig(IntelligenceSettings.CROSS_DEVICE, "yes");
        refusedConfig(IntelligenceSettings.ALLOWED_DECISIONS, "auto_passkey,button_only");
        refusedConfig(IntelligenceSettings.ALLOWED_DECISIONS, "fallback,sometimes");
        refusedConfig(IntelligenceSettings.REALM_FAILURE_SHARE, "half");
        refusedConfig(IntelligenceSettings.REALM_FAILURE_SHARE, "0");
        refusedConfig(IntelligenceSettings.REALM_MINIMUM_ATTEMPTS, "-1");
    }

    @Test
    @DisplayName("Decision codes round-trip")
    void decisionCodes() {
        for (Decision decision : Decision.values()) {
            assertEquals(decision, Decision.fromCode(decision.code()).orElseThrow());
        }
        assertEquals("auto_passkey", Decision.AUTO_PASSKEY.code());
        assertTrue(Decision.fromCode("never").isEmpty());
    }

    @Test
    @DisplayName("History refuses negative counts and computes the failure share")
    void history() {
        refused("automaticFailuresHereSinceLastSuccess", () -> new History(-1, 0, 0));
        refused("realmAttemptsInEnvironment", () -> new History(0, -1, 0));
        refused("realmFailuresInEnvironment", () -> new History(0, 0, -1));
        assertEquals(0.0, History.none().realmFailureShare());
        assertEquals(0.25, new History(0, 20, 5).realmFailureShare());
    }

    private static void refused(String field, Executable executable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        assertTrue(e.getMessage().startsWith(field + " "), () -> "message should name " + field + ": " + e.getMessage());
    }

    private static void refusedConfig(String key, String value) {
        refused(key, () -> IntelligenceSettings.fromConfig(Map.of(key, value)));
    }
}
