package dev.passkeyautopilot.metrics;

import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.intelligence.Decision;
import dev.passkeyautopilot.vocabulary.LoginMethod;
import dev.passkeyautopilot.vocabulary.OperationKind;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.vocabulary.OutcomeClass;
import dev.passkeyautopilot.webauthn.FailureReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeterTagsTest {

    @Nested
    @DisplayName("OS and browser families")
    class Platforms {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"Windows, windows", "Mac OS X, macos", "iOS, ios", "Android, android", "Chrome OS, chromeos",
                "Linux, linux", "Ubuntu, linux", "windows, windows", "' Android ', android"})
        @DisplayName("Known OS families map to their tag, whatever the case and blanks")
        void knownOs(String family, String tag) {
            assertEquals(tag, PlatformTags.os(family));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"Chrome, chrome", "Chrome Mobile, chrome", "HeadlessChrome, chrome", "Chrome Mobile iOS, chrome",
                "Edge, edge", "Firefox, firefox", "Firefox iOS, firefox", "Safari, safari", "Mobile Safari, safari",
                "Samsung Internet, samsung_internet", "Opera, opera"})
        @DisplayName("Known browser families map to their tag; a brand's mobile and headless builds are one tag")
        void knownBrowsers(String family, String tag) {
            assertEquals(tag, PlatformTags.browser(family));
        }

        @ParameterizedTest(name = "''{0}'' → other")
        @CsvSource(value = {"Unknown", "Other", "Windows Phone", "Symbian OS", "Java", "curl", "Chrome; DROP TABLE", "''"},
                nullValues = "NULL")
        @DisplayName("Anything outside the list is other, for OS and browser alike")
        void unknownIsOther(String family) {
            assertEquals(PlatformTags.OTHER, PlatformTags.os(family));
            assertEquals(PlatformTags.OTHER, PlatformTags.browser(family));
        }

        @Test
        @DisplayName("A missing family is other")
        void nullIsOther() {
            assertEquals(PlatformTags.OTHER, PlatformTags.os(null));
            assertEquals(PlatformTags.OTHER, PlatformTags.browser(null));
        }

        @Test
        @DisplayName("The answers come from a short fixed list: a million made-up families add no value")
        void bounded() {
            Set<String> os = new HashSet<>();
            Set<String> browsers = new HashSet<>();
            for (int i = 0; i < 1_000_000; i++) {
                os.add(PlatformTags.os("Family " + i));
                browsers.add(PlatformTags.browser("Browser/" + i));
            }
            assertEquals(Set.of(PlatformTags.OTHER), os);
            assertEquals(Set.of(PlatformTags.OTHER), browsers);
            assertEquals(Set.of("windows", "macos", "ios", "android", "chromeos", "linux", "other"), PlatformTags.osValues());
            assertEquals(Set.of("chrome", "edge", "firefox", "safari", "samsung_internet", "opera", "other"),
                    PlatformTags.browserValues());
        }
    }

    @Nested
    @DisplayName("Operation tags")
    class Operations {

        private final Environment windowsChrome = Environment.of("Windows", "10", "Chrome/126.0.0", "Other", false);

        @Test
        @DisplayName("Classify the outcome through OutcomeClass: a failure code is failure, a choice is user_choice")
        void classifiesOutcome() {
            assertEquals(new OperationTags("login", "success", "passkey_automatic", "windows", "chrome"),
                    OperationTags.of("login", Outcome.SUCCESS.code(), Optional.of(LoginMethod.PASSKEY_AUTOMATIC), windowsChrome));
            assertEquals(OutcomeClass.FAILURE.code(), OperationTags.of("login", FailureReason.CANCELLED.code(),
                    Optional.of(LoginMethod.PASSKEY_BUTTON), windowsChrome).outcomeClass());
            assertEquals(OutcomeClass.USER_CHOICE.code(), OperationTags.of("append", Outcome.SKIPPED.code(),
                    Optional.empty(), windowsChrome).outcomeClass());
        }

        @Test
        @DisplayName("No method is none; an unknown kind is other; the environment is bounded")
        void boundsEveryTag() {
            OperationTags tags = OperationTags.of("teleport", "made-up-code", Optional.empty(),
                    Environment.of("Plan 9", "4", "Mosaic/1.0", "Other", false));
            assertEquals(new OperationTags("other", "failure", "none", "other", "other"), tags);
        }

        @Test
        @DisplayName("Every tag value is one of a fixed set: kinds, outcome classes, methods")
        void everyValueListed() {
            Set<String> kinds = Arrays.stream(OperationKind.values()).map(OperationKind::code).collect(Collectors.toSet());
            for (OperationKind kind : OperationKind.values()) {
                for (Outcome outcome : Outcome.values()) {
                    OperationTags tags = OperationTags.of(kind.code(), outcome.code(), Optional.of(LoginMethod.PASSWORD), windowsChrome);
                    assertTrue(kinds.contains(tags.kind()));
                    assertEquals(outcome.outcomeClass().code(), tags.outcomeClass());
                }
            }
        }

        @Test
        @DisplayName("A stored method code is kept when it is a login method, none otherwise")
        void storedMethod() {
            assertEquals("passkey_button", OperationTags.of("login", Outcome.SUCCESS.code(), LoginMethod.PASSKEY_BUTTON.code(),
                    "Windows", "Chrome").method());
            assertEquals(OperationTags.NO_METHOD, OperationTags.of("login", Outcome.SUCCESS.code(), (String) null, "Windows", "Chrome").method());
            assertEquals(OperationTags.NO_METHOD, OperationTags.of("login", Outcome.SUCCESS.code(), "carrier_pigeon", "Windows", "Chrome").method());
        }

        @Test
        @DisplayName("Equal tags are equal keys, so a meter cache finds them")
        void equalKeys() {
            OperationTags first = OperationTags.of("login", Outcome.SUCCESS.code(), Optional.empty(), windowsChrome);
            OperationTags second = OperationTags.of("login", Outcome.SUCCESS.code(), Optional.empty(),
                    Environment.of("Windows", "11", "Chrome/130.0.1", "Other", false));
            assertEquals(first, second);
            assertEquals(first.hashCode(), second.hashCode());
        }
    }

    @Nested
    @DisplayName("Decision tags")
    class Decisions {

        @Test
        @DisplayName("Decision codes and the append offer are kept; anything else is other")
        void bounded() {
            assertEquals(new DecisionTags("login", "auto_passkey"), DecisionTags.of(OperationKind.LOGIN, Decision.AUTO_PASSKEY.code()));
            assertEquals("fallback", DecisionTags.of(OperationKind.SECOND_FACTOR, Decision.FALLBACK.code()).decision());
            assertEquals(DecisionTags.APPEND_OFFER, DecisionTags.of(OperationKind.APPEND, DecisionTags.APPEND_OFFER).decision());
            assertEquals(PlatformTags.OTHER, DecisionTags.of(OperationKind.LOGIN, "whatever").decision());
            assertEquals(PlatformTags.OTHER, DecisionTags.of(OperationKind.LOGIN, null).decision());
        }
    }
}
