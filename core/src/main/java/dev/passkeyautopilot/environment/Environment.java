package dev.passkeyautopilot.environment;

import java.util.Locale;

/**
 * What a login attempt runs in, as far as the server can tell from the request: operating system, browser
 * and device class. Values are normalised and capped to the column sizes they are stored in.
 *
 * @param osFamily       e.g. {@code Windows}, {@code Mac OS X}, {@code Android}, {@code Linux}
 * @param osVersion      e.g. {@code 10}, {@code 14.5}; {@code Unknown} when not known
 * @param browserFamily  e.g. {@code Chrome}, {@code Safari}, {@code Firefox}
 * @param browserVersion e.g. {@code 126.0.0}
 * @param deviceClass    {@code desktop}, {@code mobile} or {@code tablet}
 */
public record Environment(String osFamily, String osVersion, String browserFamily, String browserVersion, String deviceClass) {

    public static final String UNKNOWN = "Unknown";
    public static final Environment UNKNOWN_ENVIRONMENT = new Environment(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, "desktop");

    public Environment {
        osFamily = cap(osFamily, 64);
        osVersion = cap(osVersion, 32);
        browserFamily = cap(browserFamily, 64);
        browserVersion = cap(browserVersion, 32);
        deviceClass = deviceClass == null ? "desktop" : deviceClass;
    }

    /**
     * @param browser    Keycloak's "family/version" browser string
     * @param deviceName the device family the user agent names (e.g. {@code iPad}, {@code Other})
     * @param mobile     whether the user agent says "mobile"
     */
    public static Environment of(String osFamily, String osVersion, String browser, String deviceName, boolean mobile) {
        String browserFamily = browser;
        String browserVersion = UNKNOWN;
        if (browser != null) {
            int slash = browser.lastIndexOf('/');
            if (slash > 0) {
                browserFamily = browser.substring(0, slash);
                browserVersion = browser.substring(slash + 1);
            }
        }
        return new Environment(osFamily, osVersion, browserFamily, browserVersion, deviceClass(osFamily, deviceName, mobile));
    }

    /**
     * Refines the OS version with the client hint's {@code platformVersion}, which browsers keep accurate
     * while their user-agent strings are frozen: Windows 11 reports "Windows NT 10.0" in the user agent and a
     * platformVersion of 13 or more; macOS user agents stay at "10.15.7".
     */
    public Environment withPlatformVersion(java.util.Optional<String> platformVersion) {
        if (platformVersion.isEmpty()) {
            return this;
        }
        String hint = platformVersion.get();
        if (osFamily.startsWith("Windows")) {
            int major = Integer.parseInt(hint.split("\\.")[0]);
            return new Environment(osFamily, major >= 13 ? "11" : major > 0 ? "10" : osVersion, browserFamily, browserVersion, deviceClass);
        }
        if (osFamily.equals("Mac OS X") || osFamily.equals("Android") || UNKNOWN.equals(osVersion)) {
            return new Environment(osFamily, hint, browserFamily, browserVersion, deviceClass);
        }
        return this;
    }

    static String deviceClass(String osFamily, String deviceName, boolean mobile) {
        String device = deviceName == null ? "" : deviceName.toLowerCase(Locale.ROOT);
        if (device.contains("ipad") || device.contains("tablet")) {
            return "tablet";
        }
        String os = osFamily == null ? "" : osFamily.toLowerCase(Locale.ROOT);
        if (mobile || os.equals("ios") || os.equals("android")) {
            return "mobile";
        }
        return "desktop";
    }

    private static String cap(String value, int max) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        String trimmed = value.trim();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
