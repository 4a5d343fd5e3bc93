package dev.passkeyautopilot.intelligence;

import dev.passkeyautopilot.environment.Environment;

import java.util.Optional;
import java.util.Set;

/** The environment matrix and small builders shared by the intelligence tests. */
final class Fixtures {

    // OS and browser families as ua-parser names them (Windows 11 reports as Windows 10).
    static final Environment WINDOWS_CHROME = new Environment("Windows", "10", "Chrome", "126.0.0", "desktop");
    static final Environment WINDOWS_EDGE = new Environment("Windows", "10", "Edge", "126.0.0", "desktop");
    static final Environment WINDOWS_FIREFOX = new Environment("Windows", "10", "Firefox", "128.0", "desktop");
    static final Environment MAC_SAFARI = new Environment("Mac OS X", "10.15.7", "Safari", "17.5", "desktop");
    static final Environment MAC_CHROME = new Environment("Mac OS X", "10.15.7", "Chrome", "126.0.0", "desktop");
    static final Environment LINUX_CHROMIUM = new Environment("Linux", "Unknown", "Chromium", "126.0.0", "desktop");
    static final Environment LINUX_CHROME = new Environment("Linux", "Unknown", "Chrome", "126.0.0", "desktop");
    static final Environment ANDROID_CHROME = new Environment("Android", "14", "Chrome Mobile", "126.0.0", "mobile");
    static final Environment IOS_SAFARI = new Environment("iOS", "17.5", "Mobile Safari", "17.5", "mobile");
    static final Environment IPAD_SAFARI = new Environment("iOS", "17.5", "Mobile Safari", "17.5", "tablet");

    static final String WIN_CHROME_MARKER = "marker-windows-chrome";
    static final String MAC_SAFARI_MARKER = "marker-mac-safari";
    static final String OTHER_MARKER = "marker-fresh-browser";

    private Fixtures() {
    }

    static PasskeyBuilder passkey(String providerName) {
        return new PasskeyBuilder(providerName);
    }

    static DeviceBuilder device(Environment environment) {
        return new DeviceBuilder(environment);
    }

    static final class PasskeyBuilder {
        private final String providerName;
        private Optional<Boolean> backupEligible = Optional.empty();
        private Set<String> transports = Set.of();
        private Optional<String> createdOs = Optional.empty();
        private Optional<String> createdBrowser = Optional.empty();
        private Optional<String> createdMarker = Optional.empty();
        private Optional<String> lastUsedMarker = Optional.empty();

        private PasskeyBuilder(String providerName) {
            this.providerName = providerName;
        }

        PasskeyBuilder synced() {
            backupEligible = Optional.of(true);
            return this;
        }

        PasskeyBuilder deviceBound() {
            backupEligible = Optional.of(false);
            return this;
        }

        PasskeyBuilder transports(String... values) {
            transports = Set.of(values);
            return this;
        }

        PasskeyBuilder createdIn(Environment environment, String marker) {
            createdOs = Optional.of(environment.osFamily());
            createdBrowser = Optional.of(environment.browserFamily());
            createdMarker = Optional.ofNullable(marker);
            return this;
        }

        PasskeyBuilder lastUsedIn(String marker) {
            lastUsedMarker = Optional.of(marker);
            return this;
        }

        PasskeyFacts build() {
            return new PasskeyFacts("cred-" + providerName, backupEligible, providerName, transports, createdOs, createdBrowser,
                    createdMarker, lastUsedMarker, lastUsedMarker.map(m -> 1_700_000_000_000L));
        }
    }

    static final class DeviceBuilder {
        private final Environment environment;
        private Optional<Boolean> webauthn = Optional.empty();
        private Optional<Boolean> platform = Optional.empty();
        private Optional<Boolean> conditional = Optional.empty();
        private Optional<Boolean> hybrid = Optional.empty();
        private Optional<String> marker = Optional.empty();

        private DeviceBuilder(Environment environment) {
            this.environment = environment;
        }

        /** What a current browser with a platform authenticator and autofill reports. */
        DeviceBuilder capable() {
            webauthn = Optional.of(true);
            platform = Optional.of(true);
            conditional = Optional.of(true);
            hybrid = Optional.of(true);
            return this;
        }

        DeviceBuilder webauthn(boolean value) {
            webauthn = Optional.of(value);
            return this;
        }

        DeviceBuilder platform(boolean value) {
            platform = Optional.of(value);
            return this;
        }

        DeviceBuilder conditional(boolean value) {
            conditional = Optional.of(value);
            return this;
        }

        DeviceBuilder hybrid(boolean value) {
            hybrid = Optional.of(value);
            return this;
        }

        DeviceBuilder marker(String value) {
            marker = Optional.of(value);
            return this;
        }

        DeviceFacts build() {
            return new DeviceFacts(environment, webauthn, platform, conditional, hybrid, marker);
        }
    }
}
