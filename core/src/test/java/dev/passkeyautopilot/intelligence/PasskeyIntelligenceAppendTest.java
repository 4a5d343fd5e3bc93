package dev.passkeyautopilot.intelligence;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.passkeyautopilot.intelligence.Fixtures.ANDROID_CHROME;
import static dev.passkeyautopilot.intelligence.Fixtures.LINUX_CHROMIUM;
import static dev.passkeyautopilot.intelligence.Fixtures.MAC_SAFARI;
import static dev.passkeyautopilot.intelligence.Fixtures.MAC_SAFARI_MARKER;
import static dev.passkeyautopilot.intelligence.Fixtures.WINDOWS_CHROME;
import static dev.passkeyautopilot.intelligence.Fixtures.WIN_CHROME_MARKER;
import static dev.passkeyautopilot.intelligence.Fixtures.device;
import static dev.passkeyautopilot.intelligence.Fixtures.passkey;
import static dev.passkeyautopilot.intelligence.Reason.CANNOT_CREATE_HERE;
import static dev.passkeyautopilot.intelligence.Reason.NO_PASSKEYS;
import static dev.passkeyautopilot.intelligence.Reason.NO_PASSKEY_USABLE_HERE;
import static dev.passkeyautopilot.intelligence.Reason.NO_PASSWORD_LOGIN;
import static dev.passkeyautopilot.intelligence.Reason.NO_PLATFORM_AUTHENTICATOR;
import static dev.passkeyautopilot.intelligence.Reason.NO_WEBAUTHN;
import static dev.passkeyautopilot.intelligence.Reason.OFFER;
import static dev.passkeyautopilot.intelligence.Reason.PASSKEY_CREATED_IN_THIS_BROWSER;
import static dev.passkeyautopilot.intelligence.Reason.PASSKEY_FAILED_IN_THIS_LOGIN;
import static dev.passkeyautopilot.intelligence.Reason.PASSKEY_USABLE_HERE;
import static dev.passkeyautopilot.intelligence.Reason.PASSKEY_USED_IN_THIS_BROWSER;
import static dev.passkeyautopilot.intelligence.Reason.SNOOZED;
import static dev.passkeyautopilot.intelligence.Reason.SYNCED_PASSKEY_SAME_ECOSYSTEM;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The append rules of {@link PasskeyIntelligence}: offer creating a passkey only where it can be created and none works. */
class PasskeyIntelligenceAppendTest {

    private static final PasskeyIntelligence ENGINE = new PasskeyIntelligence();

    private static final PasskeyFacts WINDOWS_HELLO = passkey("Windows Hello").deviceBound()
            .createdIn(WINDOWS_CHROME, WIN_CHROME_MARKER).build();
    private static final PasskeyFacts ICLOUD = passkey("iCloud Keychain").synced().createdIn(MAC_SAFARI, MAC_SAFARI_MARKER).build();
    private static final PasskeyFacts BITWARDEN_USED_HERE = passkey("Bitwarden").synced().lastUsedIn(WIN_CHROME_MARKER).build();

    record Scenario(List<PasskeyFacts> passkeys, DeviceFacts device, boolean passwordUsed, boolean snoozed,
                    boolean passkeyFailed, boolean offer, List<Reason> reasons) {
    }

    static Stream<Arguments> scenarios() {
        DeviceFacts windows = device(WINDOWS_CHROME).capable().marker(WIN_CHROME_MARKER).build();
        return Stream.of(
                scenario("No password in this login: no offer", List.of(), windows, false, false, false,
                        false, NO_PASSWORD_LOGIN),
                // the append trigger loads neither the passkeys nor the snooze after a login without the password
                // (docs/performance.md): this rule must decide before anything they could say
                scenario("No password, passkeys not usable here, a passkey failed in this login: still no offer",
                        List.of(ICLOUD), windows, false, false, true, false, NO_PASSWORD_LOGIN),
                scenario("Snoozed: no offer", List.of(), windows, true, true, false, false, SNOOZED),
                scenario("Password login, no passkeys, capable browser: offer", List.of(), windows, true, false, false,
                        true, OFFER, NO_PASSKEYS),
                scenario("Password login, page reported nothing: offer (the append page handles a failure)",
                        List.of(), DeviceFacts.of(WINDOWS_CHROME), true, false, false, true, OFFER, NO_PASSKEYS),
                scenario("Browser without platform authenticator (Linux Chromium): no offer",
                        List.of(), device(LINUX_CHROMIUM).platform(false).build(), true, false, false,
                        false, CANNOT_CREATE_HERE, NO_PLATFORM_AUTHENTICATOR),
                scenario("Browser without WebAuthn: no offer",
                        List.of(), device(WINDOWS_CHROME).webauthn(false).build(), true, false, false,
                        false, CANNOT_CREATE_HERE, NO_WEBAUTHN),
                scenario("Passkey created in this browser: no offer", List.of(WINDOWS_HELLO), windows, true, false, false,
                        false, PASSKEY_USABLE_HERE, PASSKEY_CREATED_IN_THIS_BROWSER),
                scenario("Passkey last used in this browser: no offer", List.of(BITWARDEN_USED_HERE), windows, true, false, false,
                        false, PASSKEY_USABLE_HERE, PASSKEY_USED_IN_THIS_BROWSER),
                scenario("Synced passkey of this ecosystem (iCloud on macOS): no offer",
                        List.of(ICLOUD), device(MAC_SAFARI).capable().build(), true, false, false,
                        false, PASSKEY_USABLE_HERE, SYNCED_PASSKEY_SAME_ECOSYSTEM),
                scenario("Passkey usable here but it failed in this login: offer",
                        List.of(WINDOWS_HELLO), windows, true, false, true, true, OFFER, PASSKEY_FAILED_IN_THIS_LOGIN),
                scenario("iCloud passkey, password login on Android: offer (none usable here)",
                        List.of(ICLOUD), device(ANDROID_CHROME).capable().build(), true, false, false,
                        true, OFFER, NO_PASSKEY_USABLE_HERE),
                scenario("Windows Hello passkey, password login on macOS: offer",
                        List.of(WINDOWS_HELLO), device(MAC_SAFARI).capable().marker(MAC_SAFARI_MARKER).build(), true, false, false,
                        true, OFFER, NO_PASSKEY_USABLE_HERE),
                scenario("A password manager's passkey not seen here does not hold the offer back",
                        List.of(passkey("1Password").synced().build()), windows, true, false, false,
                        true, OFFER, NO_PASSKEY_USABLE_HERE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decidesAppend(Scenario scenario) {
        AppendDecision result = ENGINE.decideAppend(scenario.passkeys(), scenario.device(), scenario.passwordUsed(),
                scenario.snoozed(), scenario.passkeyFailed(), IntelligenceSettings.defaults());
        assertEquals(scenario.offer(), result.offer(), "offer, reasons were " + result.reasonCodes());
        assertEquals(scenario.reasons(), result.reasons());
    }

    private static Arguments scenario(String name, List<PasskeyFacts> passkeys, DeviceFacts device, boolean passwordUsed,
                                      boolean snoozed, boolean passkeyFailed, boolean offer, Reason... reasons) {
        return Arguments.of(Named.of(name, new Scenario(passkeys, device, passwordUsed, snoozed, passkeyFailed, offer, List.of(reasons))));
    }
}
