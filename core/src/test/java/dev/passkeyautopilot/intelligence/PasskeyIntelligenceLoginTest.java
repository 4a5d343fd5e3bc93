package dev.passkeyautopilot.intelligence;

import dev.passkeyautopilot.environment.Environment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static dev.passkeyautopilot.intelligence.Decision.AUTO_PASSKEY;
import static dev.passkeyautopilot.intelligence.Decision.BUTTON_ONLY;
import static dev.passkeyautopilot.intelligence.Decision.CONDITIONAL_ONLY;
import static dev.passkeyautopilot.intelligence.Decision.FALLBACK;
import static dev.passkeyautopilot.intelligence.Fixtures.ANDROID_CHROME;
import static dev.passkeyautopilot.intelligence.Fixtures.IOS_SAFARI;
import static dev.passkeyautopilot.intelligence.Fixtures.IPAD_SAFARI;
import static dev.passkeyautopilot.intelligence.Fixtures.LINUX_CHROME;
import static dev.passkeyautopilot.intelligence.Fixtures.LINUX_CHROMIUM;
import static dev.passkeyautopilot.intelligence.Fixtures.MAC_CHROME;
import static dev.passkeyautopilot.intelligence.Fixtures.MAC_SAFARI;
import static dev.passkeyautopilot.intelligence.Fixtures.MAC_SAFARI_MARKER;
import static dev.passkeyautopilot.intelligence.Fixtures.OTHER_MARKER;
import static dev.passkeyautopilot.intelligence.Fixtures.WINDOWS_CHROME;
import static dev.passkeyautopilot.intelligence.Fixtures.WINDOWS_EDGE;
import static dev.passkeyautopilot.intelligence.Fixtures.WINDOWS_FIREFOX;
import static dev.passkeyautopilot.intelligence.Fixtures.WIN_CHROME_MARKER;
import static dev.passkeyautopilot.intelligence.Fixtures.device;
import static dev.passkeyautopilot.intelligence.Fixtures.passkey;
import static dev.passkeyautopilot.intelligence.Reason.CONDITIONAL_UI_AVAILABLE;
import static dev.passkeyautopilot.intelligence.Reason.CONDITIONAL_UI_NOT_AVAILABLE;
import static dev.passkeyautopilot.intelligence.Reason.CROSS_DEVICE_DISABLED;
import static dev.passkeyautopilot.intelligence.Reason.DECISION_NOT_ALLOWED;
import static dev.passkeyautopilot.intelligence.Reason.DEVICE_BOUND_PASSKEY_OTHER_DEVICE;
import static dev.passkeyautopilot.intelligence.Reason.HYBRID_AVAILABLE;
import static dev.passkeyautopilot.intelligence.Reason.HYBRID_NOT_AVAILABLE;
import static dev.passkeyautopilot.intelligence.Reason.MOBILE_DEVICE;
import static dev.passkeyautopilot.intelligence.Reason.NO_PASSKEYS;
import static dev.passkeyautopilot.intelligence.Reason.NO_PLATFORM_AUTHENTICATOR;
import static dev.passkeyautopilot.intelligence.Reason.NO_WEBAUTHN;
import static dev.passkeyautopilot.intelligence.Reason.PASSKEY_CREATED_IN_THIS_BROWSER;
import static dev.passkeyautopilot.intelligence.Reason.PASSKEY_USED_IN_THIS_BROWSER;
import static dev.passkeyautopilot.intelligence.Reason.PLATFORM_AUTHENTICATOR_AVAILABLE;
import static dev.passkeyautopilot.intelligence.Reason.PROVIDER_NOT_AVAILABLE_ON_PLATFORM;
import static dev.passkeyautopilot.intelligence.Reason.REALM_FAILURES_IN_ENVIRONMENT;
import static dev.passkeyautopilot.intelligence.Reason.RECENT_FAILURES_IN_ENVIRONMENT;
import static dev.passkeyautopilot.intelligence.Reason.SECURITY_KEY;
import static dev.passkeyautopilot.intelligence.Reason.SIGNALS_MISSING;
import static dev.passkeyautopilot.intelligence.Reason.SYNCED_PASSKEY_SAME_ECOSYSTEM;
import static dev.passkeyautopilot.intelligence.Reason.THIRD_PARTY_PROVIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The login rules of {@link PasskeyIntelligence} across the environment matrix. Each scenario is named after the
 * rule it checks (numbers as in docs/intelligence.md, "Decisions") and asserts the decision and the reasons.
 */
class PasskeyIntelligenceLoginTest {

    private static final PasskeyIntelligence ENGINE = new PasskeyIntelligence();
    private static final IntelligenceSettings DEFAULTS = IntelligenceSettings.defaults();
    private static final IntelligenceSettings NO_CROSS_DEVICE = new IntelligenceSettings(2, DEFAULTS.lookBack(), false,
            DEFAULTS.allowedDecisions(), 0.5, 20);

    // The user's passkeys in the matrix.
    private static final PasskeyFacts WINDOWS_HELLO = passkey("Windows Hello").deviceBound().transports("internal")
            .createdIn(WINDOWS_CHROME, WIN_CHROME_MARKER).build();
    private static final PasskeyFacts ICLOUD = passkey("iCloud Keychain").synced().transports("internal", "hybrid")
            .createdIn(MAC_SAFARI, MAC_SAFARI_MARKER).build();
    private static final PasskeyFacts ICLOUD_WITHOUT_FLAGS = passkey("iCloud Keychain (Managed)").build();
    private static final PasskeyFacts GOOGLE_PASSWORD_MANAGER = passkey("Google Password Manager").synced()
            .transports("internal", "hybrid").createdIn(ANDROID_CHROME, "marker-android").build();
    private static final PasskeyFacts ONE_PASSWORD = passkey("1Password").synced().createdIn(MAC_SAFARI, MAC_SAFARI_MARKER).build();
    private static final PasskeyFacts ONE_PASSWORD_ELSEWHERE = passkey("1Password").synced().createdIn(MAC_CHROME, "marker-mac-chrome").build();
    private static final PasskeyFacts USB_KEY = passkey(null).deviceBound().transports("usb").build();
    private static final PasskeyFacts TITAN = passkey("Google Titan Security Key v2").build();
    private static final PasskeyFacts UNKNOWN_PASSKEY = PasskeyFacts.unknown("cred-unknown");
    private static final PasskeyFacts DEVICE_BOUND_FROM_ANDROID = passkey(null).deviceBound()
            .createdIn(ANDROID_CHROME, "marker-android").build();

    record Scenario(List<PasskeyFacts> passkeys, DeviceFacts device, History history, IntelligenceSettings settings,
                    Decision decision, List<Reason> reasons) {
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                // Rule 1
                scenario("1 · No passkeys: fallback without a prompt",
                        List.of(), device(WINDOWS_CHROME).capable().build(), FALLBACK, NO_PASSKEYS),
                scenario("1 · Page reports no WebAuthn: fallback",
                        List.of(WINDOWS_HELLO), device(WINDOWS_CHROME).webauthn(false).marker(WIN_CHROME_MARKER).build(),
                        FALLBACK, NO_WEBAUTHN),

                // Rule 3
                scenario("3 · Windows 11 Chrome, Windows Hello passkey created in this browser: auto",
                        List.of(WINDOWS_HELLO), device(WINDOWS_CHROME).capable().marker(WIN_CHROME_MARKER).build(),
                        AUTO_PASSKEY, PASSKEY_CREATED_IN_THIS_BROWSER),
                scenario("3 · Windows Hello in Edge on the same PC after one use there: auto (used in this browser)",
                        List.of(passkey("Windows Hello").deviceBound().createdIn(WINDOWS_CHROME, WIN_CHROME_MARKER)
                                .lastUsedIn("marker-windows-edge").build()),
                        device(WINDOWS_EDGE).capable().marker("marker-windows-edge").build(),
                        AUTO_PASSKEY, PASSKEY_USED_IN_THIS_BROWSER),
                scenario("3 · 1Password passkey created in this browser: auto",
                        List.of(ONE_PASSWORD), device(MAC_SAFARI).capable().marker(MAC_SAFARI_MARKER).build(),
                        AUTO_PASSKEY, PASSKEY_CREATED_IN_THIS_BROWSER),
                scenario("3 · Marker evidence outweighs a page reporting no platform authenticator",
                        List.of(ONE_PASSWORD), device(MAC_SAFARI).platform(false).marker(MAC_SAFARI_MARKER).build(),
                        AUTO_PASSKEY, PASSKEY_CREATED_IN_THIS_BROWSER),

                // Rule 4
                scenario("4 · macOS Safari, iCloud-synced passkey, fresh browser without marker: auto (same ecosystem)",
                        List.of(ICLOUD), device(MAC_SAFARI).capable().marker(OTHER_MARKER).build(),
                        AUTO_PASSKEY, SYNCED_PASSKEY_SAME_ECOSYSTEM),
                scenario("4 · macOS Chrome uses iCloud Keychain too: auto",
                        List.of(ICLOUD), device(MAC_CHROME).capable().build(), AUTO_PASSKEY, SYNCED_PASSKEY_SAME_ECOSYSTEM),
                scenario("4 · iOS Safari, iCloud passkey: auto",
                        List.of(ICLOUD), device(IOS_SAFARI).capable().build(), AUTO_PASSKEY, SYNCED_PASSKEY_SAME_ECOSYSTEM),
                scenario("4 · iPad, iCloud passkey without recorded BE flag (iCloud always syncs): auto",
                        List.of(ICLOUD_WITHOUT_FLAGS), device(IPAD_SAFARI).build(), AUTO_PASSKEY, SYNCED_PASSKEY_SAME_ECOSYSTEM),
                scenario("4 · Android Chrome, Google Password Manager passkey: auto",
                        List.of(GOOGLE_PASSWORD_MANAGER), device(ANDROID_CHROME).capable().build(),
                        AUTO_PASSKEY, SYNCED_PASSKEY_SAME_ECOSYSTEM),
                scenario("4 · Google Chrome on Linux has Google Password Manager: auto",
                        List.of(GOOGLE_PASSWORD_MANAGER), device(LINUX_CHROME).capable().build(),
                        AUTO_PASSKEY, SYNCED_PASSKEY_SAME_ECOSYSTEM),
                scenario("4 · Same-ecosystem passkey wins over one that cannot serve here",
                        List.of(WINDOWS_HELLO, ICLOUD), device(MAC_SAFARI).capable().build(),
                        AUTO_PASSKEY, SYNCED_PASSKEY_SAME_ECOSYSTEM),

                // Rule 5
                scenario("5 · Security key only (usb) on a desktop: auto",
                        List.of(USB_KEY), device(WINDOWS_CHROME).capable().build(), AUTO_PASSKEY, SECURITY_KEY),
                scenario("5 · Security key recognised by name (Titan) on a desktop without platform authenticator: auto",
                        List.of(TITAN), device(LINUX_CHROMIUM).platform(false).build(), AUTO_PASSKEY, SECURITY_KEY),
                scenario("5 · Security key only on a phone: button",
                        List.of(USB_KEY), device(ANDROID_CHROME).capable().build(), BUTTON_ONLY, SECURITY_KEY, MOBILE_DEVICE),

                // Rule 7
                scenario("7 · Windows Hello passkey from macOS Safari: button, cross-device via hybrid",
                        List.of(WINDOWS_HELLO), device(MAC_SAFARI).capable().marker(MAC_SAFARI_MARKER).build(),
                        BUTTON_ONLY, PROVIDER_NOT_AVAILABLE_ON_PLATFORM, HYBRID_AVAILABLE),
                scenario("7 · Windows Hello passkey from macOS Safari, cross-device disabled: fallback",
                        List.of(WINDOWS_HELLO), device(MAC_SAFARI).capable().marker(MAC_SAFARI_MARKER).build(),
                        History.none(), NO_CROSS_DEVICE, FALLBACK, PROVIDER_NOT_AVAILABLE_ON_PLATFORM, CROSS_DEVICE_DISABLED),
                scenario("7 · Windows Hello passkey from macOS Safari, browser reports no hybrid: fallback",
                        List.of(WINDOWS_HELLO), device(MAC_SAFARI).capable().hybrid(false).build(),
                        FALLBACK, PROVIDER_NOT_AVAILABLE_ON_PLATFORM, HYBRID_NOT_AVAILABLE),
                scenario("7 · Forged capabilities do not bring a provider to a platform it does not serve",
                        List.of(WINDOWS_HELLO), device(MAC_SAFARI).capable().build(),
                        BUTTON_ONLY, PROVIDER_NOT_AVAILABLE_ON_PLATFORM, HYBRID_AVAILABLE),
                scenario("7 · Same user (iCloud) on Android Chrome: not the same ecosystem, button via hybrid",
                        List.of(ICLOUD), device(ANDROID_CHROME).capable().marker("marker-android").build(),
                        BUTTON_ONLY, PROVIDER_NOT_AVAILABLE_ON_PLATFORM, HYBRID_AVAILABLE),
                scenario("7 · Firefox on Windows has no Google Password Manager: button",
                        List.of(GOOGLE_PASSWORD_MANAGER), device(WINDOWS_FIREFOX).capable().build(),
                        BUTTON_ONLY, PROVIDER_NOT_AVAILABLE_ON_PLATFORM, HYBRID_AVAILABLE),
                scenario("7 · Windows Hello created in Chrome, now in Edge on Windows (other marker, same OS): auto, Hello serves every browser",
                        List.of(WINDOWS_HELLO), device(WINDOWS_EDGE).capable().marker("marker-windows-edge").build(),
                        AUTO_PASSKEY, PLATFORM_AUTHENTICATOR_AVAILABLE),
                scenario("7 · Device-bound passkey created on Android, login on Windows: button via hybrid",
                        List.of(DEVICE_BOUND_FROM_ANDROID), device(WINDOWS_CHROME).capable().build(),
                        BUTTON_ONLY, DEVICE_BOUND_PASSKEY_OTHER_DEVICE, HYBRID_AVAILABLE),
                scenario("7 · Device-bound passkey created on Android, cross-device disabled: fallback",
                        List.of(DEVICE_BOUND_FROM_ANDROID), device(WINDOWS_CHROME).capable().build(), History.none(),
                        NO_CROSS_DEVICE, FALLBACK, DEVICE_BOUND_PASSKEY_OTHER_DEVICE, CROSS_DEVICE_DISABLED),

                // Rule 8
                scenario("8 · Linux Chromium reports no platform authenticator: button, cross-device",
                        List.of(UNKNOWN_PASSKEY), device(LINUX_CHROMIUM).platform(false).build(),
                        BUTTON_ONLY, NO_PLATFORM_AUTHENTICATOR, HYBRID_AVAILABLE),
                scenario("8 · Linux Chromium without platform authenticator, cross-device disabled: fallback",
                        List.of(UNKNOWN_PASSKEY), device(LINUX_CHROMIUM).platform(false).build(), History.none(),
                        NO_CROSS_DEVICE, FALLBACK, NO_PLATFORM_AUTHENTICATOR, CROSS_DEVICE_DISABLED),
                scenario("8 · Linux Chromium has no Google Password Manager and no platform authenticator: button",
                        List.of(GOOGLE_PASSWORD_MANAGER), device(LINUX_CHROMIUM).platform(false).hybrid(true).build(),
                        BUTTON_ONLY, PROVIDER_NOT_AVAILABLE_ON_PLATFORM, NO_PLATFORM_AUTHENTICATOR, HYBRID_AVAILABLE),

                // Rule 9
                scenario("9 · 1Password passkey, no marker evidence, autofill available: conditional only",
                        List.of(ONE_PASSWORD_ELSEWHERE), device(MAC_SAFARI).capable().marker(MAC_SAFARI_MARKER).build(),
                        CONDITIONAL_ONLY, THIRD_PARTY_PROVIDER, CONDITIONAL_UI_AVAILABLE),
                scenario("9 · 1Password passkey, page reports no autofill: button",
                        List.of(ONE_PASSWORD_ELSEWHERE), device(MAC_SAFARI).conditional(false).build(),
                        BUTTON_ONLY, THIRD_PARTY_PROVIDER, CONDITIONAL_UI_NOT_AVAILABLE),
                scenario("9 · 1Password passkey, page reported nothing about autofill: button",
                        List.of(ONE_PASSWORD_ELSEWHERE), device(WINDOWS_CHROME).build(), BUTTON_ONLY, THIRD_PARTY_PROVIDER),
                scenario("9 · A password manager's passkey outweighs passkeys that are elsewhere",
                        List.of(WINDOWS_HELLO, ONE_PASSWORD_ELSEWHERE), device(MAC_SAFARI).capable().build(),
                        CONDITIONAL_ONLY, THIRD_PARTY_PROVIDER, CONDITIONAL_UI_AVAILABLE),

                // Rule 10
                scenario("10 · Signals missing entirely: auto, never stricter than the foundation",
                        List.of(UNKNOWN_PASSKEY), DeviceFacts.of(Environment.UNKNOWN_ENVIRONMENT), AUTO_PASSKEY, SIGNALS_MISSING),
                scenario("10 · iCloud passkey, environment unknown: auto (no evidence against)",
                        List.of(ICLOUD), DeviceFacts.of(Environment.UNKNOWN_ENVIRONMENT), AUTO_PASSKEY, SIGNALS_MISSING),
                scenario("10 · Windows Hello on Windows, page sent no marker: auto (cannot tell another PC from this one)",
                        List.of(WINDOWS_HELLO), DeviceFacts.of(WINDOWS_CHROME), AUTO_PASSKEY, SIGNALS_MISSING),
                scenario("10 · Unknown provider, page reports a platform authenticator: auto",
                        List.of(UNKNOWN_PASSKEY), device(WINDOWS_CHROME).capable().build(),
                        AUTO_PASSKEY, PLATFORM_AUTHENTICATOR_AVAILABLE),
                scenario("10 · Unknown provider outweighs a security key on a phone",
                        List.of(USB_KEY, UNKNOWN_PASSKEY), device(ANDROID_CHROME).build(), AUTO_PASSKEY, SIGNALS_MISSING),

                // Rule 2
                scenario("2 · Learning: 2 failed automatic prompts here: button",
                        List.of(WINDOWS_HELLO), device(WINDOWS_CHROME).capable().marker(WIN_CHROME_MARKER).build(),
                        new History(2, 0, 0), DEFAULTS, BUTTON_ONLY, PASSKEY_CREATED_IN_THIS_BROWSER, RECENT_FAILURES_IN_ENVIRONMENT),
                scenario("2 · Learning: 1 failed automatic prompt here: still auto",
                        List.of(WINDOWS_HELLO), device(WINDOWS_CHROME).capable().marker(WIN_CHROME_MARKER).build(),
                        new History(1, 0, 0), DEFAULTS, AUTO_PASSKEY, PASSKEY_CREATED_IN_THIS_BROWSER),
                scenario("2 · Learning: a success resets the count (history reports 0): auto again",
                        List.of(WINDOWS_HELLO), device(WINDOWS_CHROME).capable().marker(WIN_CHROME_MARKER).build(),
                        new History(0, 0, 0), DEFAULTS, AUTO_PASSKEY, PASSKEY_CREATED_IN_THIS_BROWSER),
                scenario("2 · Learning: threshold is a setting (3): 2 failures still auto",
                        List.of(ICLOUD), device(MAC_SAFARI).capable().build(), new History(2, 0, 0),
                        new IntelligenceSettings(3, DEFAULTS.lookBack(), true, DEFAULTS.allowedDecisions(), 0.5, 20),
                        AUTO_PASSKEY, SYNCED_PASSKEY_SAME_ECOSYSTEM),
                scenario("2 · Learning stops only automatic prompts: autofill stays",
                        List.of(ONE_PASSWORD_ELSEWHERE), device(MAC_SAFARI).capable().build(), new History(5, 0, 0), DEFAULTS,
                        CONDITIONAL_ONLY, THIRD_PARTY_PROVIDER, CONDITIONAL_UI_AVAILABLE),

                // Rule 6
                scenario("6 · Realm failure share above threshold in this environment: button",
                        List.of(UNKNOWN_PASSKEY), device(WINDOWS_CHROME).capable().build(), new History(0, 100, 60), DEFAULTS,
                        BUTTON_ONLY, PLATFORM_AUTHENTICATOR_AVAILABLE, REALM_FAILURES_IN_ENVIRONMENT),
                scenario("6 · Realm failure share exactly at the threshold: button",
                        List.of(UNKNOWN_PASSKEY), device(WINDOWS_CHROME).capable().build(), new History(0, 100, 50), DEFAULTS,
                        BUTTON_ONLY, PLATFORM_AUTHENTICATOR_AVAILABLE, REALM_FAILURES_IN_ENVIRONMENT),
                scenario("6 · Realm failure share below threshold: auto",
                        List.of(UNKNOWN_PASSKEY), device(WINDOWS_CHROME).capable().build(), new History(0, 100, 49), DEFAULTS,
                        AUTO_PASSKEY, PLATFORM_AUTHENTICATOR_AVAILABLE),
                scenario("6 · Realm failures below the minimum attempts do not count: auto",
                        List.of(UNKNOWN_PASSKEY), device(WINDOWS_CHROME).capable().build(), new History(0, 19, 19), DEFAULTS,
                        AUTO_PASSKEY, PLATFORM_AUTHENTICATOR_AVAILABLE),
                scenario("6 · Realm statistics never outweigh a passkey created in this browser",
                        List.of(WINDOWS_HELLO), device(WINDOWS_CHROME).capable().marker(WIN_CHROME_MARKER).build(),
                        new History(0, 100, 100), DEFAULTS, AUTO_PASSKEY, PASSKEY_CREATED_IN_THIS_BROWSER),
                scenario("6 · Realm statistics never outweigh a synced passkey of this ecosystem",
                        List.of(ICLOUD), device(IOS_SAFARI).capable().build(), new History(0, 100, 100), DEFAULTS,
                        AUTO_PASSKEY, SYNCED_PASSKEY_SAME_ECOSYSTEM),

                // Rule 11
                scenario("11 · Auto not allowed: degrades to conditional where autofill is available",
                        List.of(ICLOUD), device(MAC_SAFARI).capable().build(), History.none(),
                        allowing(CONDITIONAL_ONLY, BUTTON_ONLY, FALLBACK),
                        CONDITIONAL_ONLY, SYNCED_PASSKEY_SAME_ECOSYSTEM, DECISION_NOT_ALLOWED),
                scenario("11 · Auto not allowed, page reports no autofill: degrades past conditional to button",
                        List.of(ICLOUD), device(MAC_SAFARI).conditional(false).build(), History.none(),
                        allowing(CONDITIONAL_ONLY, BUTTON_ONLY, FALLBACK),
                        BUTTON_ONLY, SYNCED_PASSKEY_SAME_ECOSYSTEM, DECISION_NOT_ALLOWED),
                scenario("11 · Only fallback allowed: fallback",
                        List.of(ICLOUD), device(MAC_SAFARI).capable().build(), History.none(), allowing(FALLBACK),
                        FALLBACK, SYNCED_PASSKEY_SAME_ECOSYSTEM, DECISION_NOT_ALLOWED),
                scenario("11 · Button not allowed: cross-device case degrades to fallback",
                        List.of(WINDOWS_HELLO), device(MAC_SAFARI).capable().build(), History.none(),
                        allowing(AUTO_PASSKEY, FALLBACK),
                        FALLBACK, PROVIDER_NOT_AVAILABLE_ON_PLATFORM, HYBRID_AVAILABLE, DECISION_NOT_ALLOWED),
                scenario("11 · An allowed decision is returned unchanged",
                        List.of(ICLOUD), device(MAC_SAFARI).capable().build(), History.none(), allowing(AUTO_PASSKEY, FALLBACK),
                        AUTO_PASSKEY, SYNCED_PASSKEY_SAME_ECOSYSTEM),
                scenario("11 · Learning, then degrading: button not allowed gives fallback",
                        List.of(ICLOUD), device(MAC_SAFARI).capable().build(), new History(2, 0, 0),
                        allowing(AUTO_PASSKEY, FALLBACK),
                        FALLBACK, SYNCED_PASSKEY_SAME_ECOSYSTEM, RECENT_FAILURES_IN_ENVIRONMENT, DECISION_NOT_ALLOWED));
    }

    static Stream<Named<Environment>> matrix() {
        return Stream.of(Named.of("Windows Chrome", WINDOWS_CHROME), Named.of("Windows Firefox", WINDOWS_FIREFOX),
                Named.of("macOS Safari", MAC_SAFARI), Named.of("Linux Chromium", LINUX_CHROMIUM),
                Named.of("Android Chrome", ANDROID_CHROME), Named.of("iOS Safari", IOS_SAFARI),
                Named.of("unknown", Environment.UNKNOWN_ENVIRONMENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    @DisplayName("10 · Principle: without page signals, a passkey we know nothing about is always prompted for")
    void missingSignalsNeverStricter(Environment environment) {
        LoginDecision result = ENGINE.decideLogin(List.of(UNKNOWN_PASSKEY), DeviceFacts.of(environment), History.none(), DEFAULTS);
        assertEquals(new LoginDecision(AUTO_PASSKEY, List.of(SIGNALS_MISSING)), result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decidesLogin(Scenario scenario) {
        LoginDecision result = ENGINE.decideLogin(scenario.passkeys(), scenario.device(), scenario.history(), scenario.settings());
        assertEquals(scenario.decision(), result.decision(), "decision, reasons were " + result.reasonCodes());
        assertEquals(scenario.reasons(), result.reasons());
    }

    private static Arguments scenario(String name, List<PasskeyFacts> passkeys, DeviceFacts device, Decision decision, Reason... reasons) {
        return scenario(name, passkeys, device, History.none(), DEFAULTS, decision, reasons);
    }

    private static Arguments scenario(String name, List<PasskeyFacts> passkeys, DeviceFacts device, History history,
                                      IntelligenceSettings settings, Decision decision, Reason... reasons) {
        return Arguments.of(Named.of(name, new Scenario(passkeys, device, history, settings, decision, List.of(reasons))));
    }

    private static IntelligenceSettings allowing(Decision first, Decision... rest) {
        return new IntelligenceSettings(2, DEFAULTS.lookBack(), true, EnumSet.of(first, rest), 0.5, 20);
    }
}
