package dev.passkeyautopilot.mfa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.passkeyautopilot.mfa.AuthenticationMethod.HWK;
import static dev.passkeyautopilot.mfa.AuthenticationMethod.MFA;
import static dev.passkeyautopilot.mfa.AuthenticationMethod.OTP;
import static dev.passkeyautopilot.mfa.AuthenticationMethod.PWD;
import static dev.passkeyautopilot.mfa.AuthenticationMethod.SWK;
import static dev.passkeyautopilot.mfa.AuthenticationMethod.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticationMethodsTest {

    @Test
    @DisplayName("A password alone is one factor: amr [pwd]")
    void passwordAloneIsSingleFactor() {
        AuthenticationMethods methods = AuthenticationMethods.of(List.of(PWD));
        assertFalse(methods.isMultiFactor());
        assertEquals(List.of("pwd"), methods.values());
    }

    @Test
    @DisplayName("A passkey with user verification is multi-factor on its own: device-bound [hwk, user, mfa], synced [swk, user, mfa]")
    void verifiedPasskeyIsMultiFactor() {
        assertEquals(List.of("hwk", "user", "mfa"), AuthenticationMethods.of(AuthenticationMethod.ofPasskey(false, true)).values());
        assertEquals(List.of("swk", "user", "mfa"), AuthenticationMethods.of(AuthenticationMethod.ofPasskey(true, true)).values());
    }

    @Test
    @DisplayName("A passkey without user verification is possession only: [hwk], not mfa")
    void passkeyWithoutVerificationIsSingleFactor() {
        AuthenticationMethods methods = AuthenticationMethods.of(AuthenticationMethod.ofPasskey(false, false));
        assertFalse(methods.isMultiFactor());
        assertEquals(List.of("hwk"), methods.values());
    }

    @Test
    @DisplayName("Password and a one-time code, or password and a passkey, are multi-factor")
    void passwordPlusPossessionIsMultiFactor() {
        assertEquals(List.of("pwd", "otp", "mfa"), AuthenticationMethods.of(List.of(OTP, PWD)).values());
        assertEquals(List.of("pwd", "hwk", "mfa"), AuthenticationMethods.of(List.of(PWD, HWK)).values());
    }

    @Test
    @DisplayName("Two possession factors without verification (passkey + code) are not multi-factor")
    void twoPossessionFactorsAreNotMultiFactor() {
        assertFalse(AuthenticationMethods.of(List.of(SWK, OTP)).isMultiFactor());
    }

    @Test
    @DisplayName("A recorded 'mfa' is never trusted: it is derived from the other methods only")
    void mfaIsDerivedNeverRecorded() {
        assertFalse(AuthenticationMethods.of(List.of(MFA, PWD)).isMultiFactor());
        assertEquals(List.of("pwd"), AuthenticationMethods.of(List.of(MFA, PWD)).values());
    }

    @Test
    @DisplayName("Stored lists parse back, ignoring unknown values and blanks; order and duplicates do not matter")
    void parsesStoredLists() {
        assertEquals(List.of(USER, HWK), AuthenticationMethods.parse("user, hwk,,bogus"));
        assertTrue(AuthenticationMethods.parse(null).isEmpty());
        assertEquals("pwd,hwk,user,mfa", AuthenticationMethods.of(AuthenticationMethods.parse("user,hwk,pwd,pwd")).joined());
    }
}
