package dev.passkeyautopilot.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Recognises IP address literals without ever resolving a name: formats put only literals into typed address
 * fields (ECS {@code source.ip}, CEF {@code src}, OCSF {@code src_endpoint.ip}), and privacy drops them.
 */
public final class IpLiterals {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpLiterals() {
    }

    /** True for a dotted-quad IPv4 or an IPv6 literal (optionally in brackets or with a %zone). */
    public static boolean isIpLiteral(String s) {
        if (s == null || s.isEmpty() || s.length() > 64) {
            return false;
        }
        if (IPV4.matcher(s).matches()) {
            return true;
        }
        String v6 = s;
        if (v6.startsWith("[") && v6.endsWith("]")) {
            v6 = v6.substring(1, v6.length() - 1);
        }
        int zone = v6.indexOf('%');
        if (zone > 0) {
            v6 = v6.substring(0, zone);
        }
        if (v6.indexOf(':') < 0 || !IPV6_CHARS.matcher(v6).matches()) {
            return false;
        }
        try {
            // Safe: a string of hex digits, dots and at least one colon takes InetAddress's literal path, which
            // never consults DNS (a non-literal containing ':' is rejected as an invalid IPv6 address).
            return InetAddress.getByName(v6) != null;
        } catch (UnknownHostException | RuntimeException e) {
            return false;
        }
    }

    /** True if the value is one IP literal or a list of them separated by commas and/or spaces (X-Forwarded-For). */
    public static boolean isIpList(String s) {
        if (s == null || s.isBlank() || s.length() > 4096) {
            return false;
        }
        for (String part : s.trim().split("[,\\s]+")) {
            if (!isIpLiteral(part)) {
                return false;
            }
        }
        return true;
    }
}
