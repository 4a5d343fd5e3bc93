package dev.passkeyautopilot.intelligence;

import dev.passkeyautopilot.environment.Environment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EcosystemTest {

    @ParameterizedTest(name = "\"{0}\" with transports [{1}] is {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "iCloud Keychain            |                | APPLE",
            "iCloud Keychain (Managed)  | internal,hybrid | APPLE",
            "Apple Passwords            |                | APPLE",
            "Google Password Manager    | internal,hybrid | GOOGLE",
            "Chrome on Mac              | internal       | GOOGLE",
            "Windows Hello              | internal       | MICROSOFT",
            "Microsoft Password Manager |                | MICROSOFT",
            "Samsung Pass               |                | SAMSUNG",
            "1Password                  |                | THIRD_PARTY",
            "Bitwarden                  |                | THIRD_PARTY",
            "Dashlane                   |                | THIRD_PARTY",
            "Proton Pass                |                | THIRD_PARTY",
            "KeePassXC                  |                | THIRD_PARTY",
            "Enpass                     |                | THIRD_PARTY",
            "NordPass                   |                | THIRD_PARTY",
            "Keeper                     |                | THIRD_PARTY",
            "LastPass                   |                | THIRD_PARTY",
            "Kaspersky Password Manager |                | THIRD_PARTY",
            "iPasswords                 |                | THIRD_PARTY",
            "Google Titan Security Key v2 |              | SECURITY_KEY",
            "YubiKey 5 Series with NFC  |                | SECURITY_KEY",
            "null                       | usb            | SECURITY_KEY",
            "''                         | usb,nfc        | SECURITY_KEY",
            "Some Vendor Authenticator  | ble            | SECURITY_KEY",
            "null                       | USB,NFC        | SECURITY_KEY",
            "null                       | usb,internal   | UNKNOWN",
            "null                       | hybrid         | UNKNOWN",
            "null                       |                | UNKNOWN",
            "''                         |                | UNKNOWN",
            "Edge on Mac                | internal       | UNKNOWN",
            "Some Vendor Authenticator  |                | UNKNOWN",
    })
    @DisplayName("Classifies providers by AAGUID name, then by transports")
    void classifies(String name, String transports, Ecosystem expected) {
        assertEquals(expected, Ecosystem.classify(name, transports(transports)));
    }

    @Test
    @DisplayName("A backup-eligible credential is never a security key, whatever its transports")
    void syncedIsNoSecurityKey() {
        assertEquals(Ecosystem.UNKNOWN, Ecosystem.classify(null, Set.of("usb"), Optional.of(true)));
    }

    @Test
    @DisplayName("Sync by default: iCloud, Google Password Manager, password managers yes; Windows Hello, Chrome on Mac, security keys no")
    void syncedByDefault() {
        assertEquals(Optional.of(true), Ecosystem.syncedByDefault("iCloud Keychain", Set.of()));
        assertEquals(Optional.of(true), Ecosystem.syncedByDefault("Google Password Manager", Set.of()));
        assertEquals(Optional.of(true), Ecosystem.syncedByDefault("Microsoft Password Manager", Set.of()));
        assertEquals(Optional.of(true), Ecosystem.syncedByDefault("1Password", Set.of()));
        assertEquals(Optional.of(false), Ecosystem.syncedByDefault("Windows Hello", Set.of()));
        assertEquals(Optional.of(false), Ecosystem.syncedByDefault("Chrome on Mac", Set.of()));
        assertEquals(Optional.of(false), Ecosystem.syncedByDefault(null, Set.of("usb")));
        assertEquals(Optional.empty(), Ecosystem.syncedByDefault(null, Set.of()));
    }

    @ParameterizedTest(name = "{0} on {1} / {2} ({3}): {4}")
    @CsvSource(delimiter = '|', value = {
            "APPLE       | Mac OS X | Safari           | desktop | YES",
            "APPLE       | Mac OS   | Firefox          | desktop | YES",
            "APPLE       | iOS      | Mobile Safari    | mobile  | YES",
            "APPLE       | Android  | Chrome Mobile    | mobile  | NO",
            "APPLE       | Windows  | Chrome           | desktop | NO",
            "APPLE       | Unknown  | Unknown          | desktop | UNKNOWABLE",
            "GOOGLE      | Android  | Chrome Mobile    | mobile  | YES",
            "GOOGLE      | Android  | Firefox Mobile   | mobile  | YES",
            "GOOGLE      | Windows  | Chrome           | desktop | YES",
            "GOOGLE      | Mac OS X | Chrome           | desktop | YES",
            "GOOGLE      | Linux    | Chrome           | desktop | YES",
            "GOOGLE      | Linux    | Chromium         | desktop | NO",
            "GOOGLE      | Windows  | Firefox          | desktop | NO",
            "GOOGLE      | Windows  | Edge             | desktop | NO",
            "GOOGLE      | Mac OS X | Safari           | desktop | NO",
            "GOOGLE      | iOS      | Chrome Mobile iOS | mobile | NO",
            "GOOGLE      | Windows  | Unknown          | desktop | UNKNOWABLE",
            "MICROSOFT   | Windows  | Firefox          | desktop | YES",
            "MICROSOFT   | Mac OS X | Safari           | desktop | NO",
            "MICROSOFT   | Unknown  | Chrome           | desktop | UNKNOWABLE",
            "SAMSUNG     | Android  | Samsung Internet | mobile  | YES",
            "SAMSUNG     | iOS      | Mobile Safari    | mobile  | NO",
            "THIRD_PARTY | Windows  | Chrome           | desktop | UNKNOWABLE",
            "SECURITY_KEY | Windows | Chrome           | desktop | UNKNOWABLE",
            "UNKNOWN     | Mac OS X | Safari           | desktop | UNKNOWABLE",
    })
    @DisplayName("Which ecosystems serve which environment")
    void availability(Ecosystem ecosystem, String os, String browser, String deviceClass, Ecosystem.Availability expected) {
        assertEquals(expected, ecosystem.availableOn(new Environment(os, "1", browser, "1", deviceClass)));
    }

    @Test
    @DisplayName("Reason codes are lower_snake_case and unique")
    void reasonCodes() {
        assertEquals(Reason.values().length, Arrays.stream(Reason.values()).map(Reason::code).distinct().count());
        for (Reason reason : Reason.values()) {
            assertEquals(reason.name().toLowerCase(Locale.ROOT), reason.code());
        }
    }

    private static Set<String> transports(String csv) {
        return csv == null || csv.isBlank() ? Set.of() : Set.of(csv.split(","));
    }
}
