package dev.passkeyautopilot.metrics;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bounds the OS and browser family that Keycloak's user-agent parsing (uap-core names) reports to a fixed set of
 * tag values. A family outside the list, including {@code Unknown} and any new name a uap-core update brings, is
 * {@link #OTHER}: a meter's series must not grow with what clients send.
 */
public final class PlatformTags {

    public static final String OTHER = "other";

    /** uap-core OS families (lower-cased) and their tag. */
    private static final Map<String, String> OS = Map.ofEntries(
            Map.entry("windows", "windows"),
            Map.entry("windows 11", "windows"),
            Map.entry("windows 10", "windows"),
            Map.entry("windows 8.1", "windows"),
            Map.entry("windows 8", "windows"),
            Map.entry("windows 7", "windows"),
            Map.entry("mac os x", "macos"),
            Map.entry("macos", "macos"),
            Map.entry("ios", "ios"),
            Map.entry("ipados", "ios"),
            Map.entry("android", "android"),
            Map.entry("chrome os", "chromeos"),
            Map.entry("chromeos", "chromeos"),
            Map.entry("linux", "linux"),
            Map.entry("ubuntu", "linux"),
            Map.entry("debian", "linux"),
            Map.entry("fedora", "linux"));

    /** uap-core browser families (lower-cased) and their tag: a brand's desktop, mobile and headless builds are one. */
    private static final Map<String, String> BROWSER = Map.ofEntries(
            Map.entry("chrome", "chrome"),
            Map.entry("chrome mobile", "chrome"),
            Map.entry("chrome mobile ios", "chrome"),
            Map.entry("chrome mobile webview", "chrome"),
            Map.entry("chromium", "chrome"),
            Map.entry("headlesschrome", "chrome"),
            Map.entry("edge", "edge"),
            Map.entry("edge mobile", "edge"),
            Map.entry("firefox", "firefox"),
            Map.entry("firefox mobile", "firefox"),
            Map.entry("firefox ios", "firefox"),
            Map.entry("safari", "safari"),
            Map.entry("mobile safari", "safari"),
            Map.entry("mobile safari ui/wkwebview", "safari"),
            Map.entry("samsung internet", "samsung_internet"),
            Map.entry("opera", "opera"),
            Map.entry("opera mobile", "opera"));

    private PlatformTags() {
    }

    /** {@code windows}, {@code macos}, {@code ios}, {@code android}, {@code chromeos}, {@code linux} or {@code other}. */
    public static String os(String osFamily) {
        return bounded(OS, osFamily);
    }

    /** {@code chrome}, {@code edge}, {@code firefox}, {@code safari}, {@code samsung_internet}, {@code opera} or {@code other}. */
    public static String browser(String browserFamily) {
        return bounded(BROWSER, browserFamily);
    }

    /** Every value {@link #os} can answer. */
    public static Set<String> osValues() {
        return withOther(OS);
    }

    /** Every value {@link #browser} can answer. */
    public static Set<String> browserValues() {
        return withOther(BROWSER);
    }

    private static String bounded(Map<String, String> known, String family) {
        if (family == null) {
            return OTHER;
        }
        return known.getOrDefault(family.trim().toLowerCase(Locale.ROOT), OTHER);
    }

    private static Set<String> withOther(Map<String, String> known) {
        Set<String> values = new TreeSet<>(known.values());
        values.add(OTHER);
        return Collections.unmodifiableSet(values);
    }
}
