package dev.passkeyautopilot.append;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.passkeyautopilot.append.AppendOffer.Skip.NO_PASSWORD_LOGIN;
import static dev.passkeyautopilot.append.AppendOffer.Skip.NO_PLATFORM_AUTHENTICATOR;
import static dev.passkeyautopilot.append.AppendOffer.Skip.PASSKEY_IN_THIS_BROWSER;
import static dev.passkeyautopilot.append.AppendOffer.Skip.SNOOZED;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AppendOfferTest {

    private static final long NOW = 1_000_000_000L;

    @Test
    @DisplayName("Offered after a password login in a browser with a platform authenticator")
    void offeredAfterPasswordLogin() {
        assertEquals(Optional.empty(), AppendOffer.decide(true, Optional.empty(), NOW, Optional.of(true), false));
    }

    @Test
    @DisplayName("Offered when the page reported nothing about authenticators")
    void offeredWithoutSignals() {
        assertEquals(Optional.empty(), AppendOffer.decide(true, Optional.empty(), NOW, Optional.empty(), false));
    }

    @Test
    @DisplayName("Not offered after a login without password")
    void notOfferedWithoutPassword() {
        assertEquals(Optional.of(NO_PASSWORD_LOGIN), AppendOffer.decide(false, Optional.empty(), NOW, Optional.of(true), false));
    }

    @Test
    @DisplayName("Not offered while snoozed; offered again once the snooze ends")
    void snoozeEnds() {
        assertEquals(Optional.of(SNOOZED), AppendOffer.decide(true, Optional.of(NOW + 1), NOW, Optional.of(true), false));
        assertEquals(Optional.empty(), AppendOffer.decide(true, Optional.of(NOW), NOW, Optional.of(true), false));
    }

    @Test
    @DisplayName("Not offered when the browser reports no platform authenticator")
    void notOfferedWithoutPlatformAuthenticator() {
        assertEquals(Optional.of(NO_PLATFORM_AUTHENTICATOR), AppendOffer.decide(true, Optional.empty(), NOW, Optional.of(false), false));
    }

    @Test
    @DisplayName("Not offered when a passkey of the user was created or used in this browser")
    void notOfferedWithPasskeyHere() {
        assertEquals(Optional.of(PASSKEY_IN_THIS_BROWSER), AppendOffer.decide(true, Optional.empty(), NOW, Optional.of(true), true));
    }

    @Test
    @DisplayName("Snooze days: 0 to 365 accepted, anything else refused")
    void snoozeDaysValidation() {
        assertEquals(7, AppendConfig.of(null).snoozeDays());
        assertEquals(0, AppendConfig.parseDays("0"));
        assertEquals(365, AppendConfig.parseDays("365"));
        assertEquals(null, AppendConfig.parseDays("366"));
        assertEquals(null, AppendConfig.parseDays("-1"));
        assertEquals(null, AppendConfig.parseDays("seven"));
    }
}
