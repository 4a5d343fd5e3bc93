package dev.passkeyautopilot.sink;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where sinks may connect: decided by the server's operator ({@code allowed-destinations}), never by a realm.
 *
 * <p>Realm administrators configure sinks over REST; without this rule a sink would make Keycloak connect to
 * whatever its own network reaches — a database on loopback, the cloud metadata service on a link-local address,
 * a neighbour on the private network — and report back how it answered. So addresses that are not public are
 * refused unless the operator allowed them: loopback, unspecified ({@code 0.0.0.0}, {@code ::}), private
 * ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}), shared ({@code 100.64/10}), link-local
 * ({@code 169.254/16}, {@code fe80::/10}), unique-local ({@code fc00::/7}), site-local ({@code fec0::/10}),
 * multicast, broadcast and the reserved {@code 0/8} and {@code 240/4}. IPv6 forms that carry an IPv4 address
 * (mapped {@code ::ffff:a.b.c.d}, compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4
 * {@code 2002::/16}) are judged by that address; Teredo ({@code 2001::/32}) is refused.
 *
 * <p>A host is judged twice: when the sink is saved ({@link #refusal}) and when it connects
 * ({@link #checkedAddresses}), because a name may resolve elsewhere by then (DNS rebinding). Host names are
 * judged by every address they resolve to: one internal answer refuses the name.
 *
 * <p>Numeric spellings that C resolvers accept ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1},
 * {@code 127.1}) are read the way {@code inet_aton} reads them, so they are judged as the address they mean.
 *
 * <p>The allow-list holds networks in CIDR notation ({@code 10.1.2.0/24}, {@code fd00::/8}, a bare address meaning
 * just that address) and host names; an allowed name is trusted whatever it resolves to, since the operator
 * vouches for its DNS.
 */
public final class DestinationPolicy {

    /** Resolves a host name to its addresses; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Refused by the policy: not an error of the network, so never retried. */
    public static final class RefusedException extends Exception {

        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    private static final Resolver SYSTEM = InetAddress::getAllByName;
    private static final Pattern NUMERIC_PART = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9.-]{1,253}");

    private record Network(byte[] prefix, int bits) {

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != prefix.length) {
                return false;
            }
            return matches(a, prefix, bits);
        }
    }

    private final List<Network> allowedNetworks;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    private DestinationPolicy(List<Network> allowedNetworks, Set<String> allowedHosts, Resolver resolver) {
        this.allowedNetworks = List.copyOf(allowedNetworks);
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** Only public addresses. */
    public static DestinationPolicy publicOnly() {
        return new DestinationPolicy(List.of(), Set.of(), SYSTEM);
    }

    /**
     * @param allowList comma-separated CIDRs, addresses and host names; null or blank allows nothing extra
     * @throws IllegalArgumentException naming the entry that is neither
     */
    public static DestinationPolicy allowing(String allowList) {
        List<Network> networks = new ArrayList<>();
        Set<String> hosts = new LinkedHashSet<>();
        if (allowList != null) {
            for (String raw : allowList.split(",")) {
                String entry = raw.trim();
                if (entry.isEmpty()) {
                    continue;
                }
                Network network = network(entry);
                if (network != null) {
                    networks.add(network);
                } else if (HOST_NAME.matcher(entry).matches() && !allNumeric(entry)) {
                    hosts.add(canonicalName(entry));
                } else {
                    throw new IllegalArgumentException("allowed-destinations: '" + entry
                            + "' is neither an address, a network in CIDR notation nor a host name");
                }
            }
        }
        return new DestinationPolicy(networks, hosts, SYSTEM);
    }

    /** The same policy with another resolver (tests: a name that answers differently each time). */
    public DestinationPolicy withResolver(Resolver other) {
        return new DestinationPolicy(allowedNetworks, allowedHosts, other);
    }

    /**
     * The save-time check of a configured host (a name, an address in any spelling, IPv6 with or without
     * brackets). A name that does not resolve now passes: it is judged again when the sink connects.
     *
     * @return why the host is refused, or empty
     */
    public Optional<String> refusal(String host) {
        try {
            checkedAddresses(host);
            return Optional.empty();
        } catch (RefusedException e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * The connect-time check: resolves {@code host} and judges every address. Connect only to what this returns,
     * so that a second lookup cannot answer differently.
     *
     * @throws RefusedException     if the host or one of its addresses is not allowed
     * @throws UnknownHostException if a name does not resolve
     */
    public InetAddress[] checkedAddresses(String host) throws RefusedException, UnknownHostException {
        String h = unbracket(host);
        InetAddress literal = literal(h);
        if (literal != null) {
            check(literal, host);
            return new InetAddress[] {literal};
        }
        String name = canonicalName(h);
        if (isLocalhostName(name) && !allowedHosts.contains(name)) {
            throw new RefusedException(host + " names this machine (loopback), which the server's allowed-destinations setting does not allow");
        }
        InetAddress[] addresses = resolver.resolve(name);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (allowedHosts.contains(name)) {
            return addresses.clone();
        }
        for (InetAddress a : addresses) {
            check(a, host);
        }
        return addresses.clone();
    }

    private void check(InetAddress address, String host) throws RefusedException {
        Optional<String> kind = internalKind(address);
        if (kind.isEmpty()) {
            return;
        }
        for (Network n : allowedNetworks) {
            if (n.contains(address)) {
                return;
            }
        }
        String shown = address.getHostAddress();
        throw new RefusedException((unbracket(host).equals(shown) ? shown : host + " (" + shown + ")")
                + " is a " + kind.get() + " address, which the server's allowed-destinations setting does not allow");
    }

    /** What kind of non-public address this is, or empty for a public one. */
    public static Optional<String> internalKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] v4 = embeddedIpv4(b);
            if (v4 != null) {
                return ipv4Kind(v4);
            }
            return ipv6Kind(b);
        }
        return ipv4Kind(b);
    }

    private static Optional<String> ipv4Kind(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 127) {
            return Optional.of("loopback");
        }
        if (a0 == 0) {
            return Optional.of("unspecified");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of("private");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("private (shared address space)");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("multicast");
        }
        if (a0 >= 240) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Kind(byte[] b) {
        boolean zeroHead = true;
        for (int i = 0; i < 15; i++) {
            zeroHead &= b[i] == 0;
        }
        if (zeroHead && b[15] == 1) {
            return Optional.of("loopback");
        }
        if (zeroHead && b[15] == 0) {
            return Optional.of("unspecified");
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if ((b0 & 0xfe) == 0xfc) {
            return Optional.of("unique-local");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return Optional.of("link-local");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return Optional.of("site-local");
        }
        if (b0 == 0xff) {
            return Optional.of("multicast");
        }
        if (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) {
            return Optional.of("Teredo tunnel");
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), or null. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean first10Zero = true;
        for (int i = 0; i < 10; i++) {
            first10Zero &= b[i] == 0;
        }
        boolean mapped = first10Zero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        // ::a.b.c.d, but not :: and ::1, which are IPv6's own unspecified and loopback
        boolean compatible = first10Zero && b[10] == 0 && b[11] == 0
                && (b[12] != 0 || b[13] != 0 || b[14] != 0 || (b[15] & 0xff) > 1);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        if (mapped || compatible || nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    /**
     * An address literal in any spelling a resolver would take as one, or null for a host name. IPv6 goes
     * through InetAddress's literal path (never DNS); IPv4 is read like {@code inet_aton}: one to four parts,
     * each decimal, octal (leading 0) or hex (0x), the last filling the remaining bytes.
     *
     * @throws RefusedException for a numeric spelling that is no address (a resolver might still read it as one)
     */
    static InetAddress literal(String host) throws RefusedException {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (h.indexOf(':') >= 0) {
            int zone = h.indexOf('%');
            String v6 = zone > 0 ? h.substring(0, zone) : h;
            if (!v6.matches("[0-9A-Fa-f:.]{2,45}")) {
                throw new RefusedException(host + " is not a valid IPv6 address");
            }
            try {
                return InetAddress.getByName(v6);
            } catch (UnknownHostException e) {
                throw new RefusedException(host + " is not a valid IPv6 address");
            }
        }
        if (!allNumeric(h)) {
            return null;
        }
        String[] parts = h.split("\\.", -1);
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = number(parts[i], host);
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 0xff) {
                throw new RefusedException(host + " is not a valid IPv4 address");
            }
            address = (address << 8) | values[i];
        }
        int restBytes = 4 - (parts.length - 1);
        long last = values[parts.length - 1];
        if (last >= (1L << (8 * restBytes))) {
            throw new RefusedException(host + " is not a valid IPv4 address");
        }
        address = (address << (8 * restBytes)) | last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an address", e);
        }
    }

    private static long number(String part, String host) throws RefusedException {
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0 : parseBounded(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return parseBounded(part.substring(1), 8);
            }
            return parseBounded(part, 10);
        } catch (NumberFormatException e) {
            throw new RefusedException(host + " is not a valid IPv4 address");
        }
    }

    private static long parseBounded(String digits, int radix) {
        if (digits.length() > 12) {
            throw new NumberFormatException("too long");
        }
        return Long.parseLong(digits, radix);
    }

    /** One to four dot-separated numbers: what a C resolver would read as an IPv4 address rather than a name. */
    private static boolean allNumeric(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return false;
        }
        for (String p : parts) {
            if (!NUMERIC_PART.matcher(p).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalhostName(String name) {
        return name.equals("localhost") || name.endsWith(".localhost") || name.equals("localhost.localdomain");
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String canonicalName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static Network network(String entry) {
        int slash = entry.indexOf('/');
        String address = unbracket(slash < 0 ? entry : entry.substring(0, slash));
        InetAddress a;
        try {
            if (address.indexOf(':') < 0 && !address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                return null;
            }
            a = literal(address);
        } catch (RefusedException e) {
            return null;
        }
        if (a == null) {
            return null;
        }
        byte[] bytes = a.getAddress();
        int bits = bytes.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("allowed-destinations: '" + entry + "' has no valid prefix length");
            }
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("allowed-destinations: '" + entry + "' has no valid prefix length");
            }
        }
        return new Network(bytes, bits);
    }

    private static boolean matches(byte[] a, byte[] prefix, int bits) {
        for (int i = 0; i < bits / 8; i++) {
            if (a[i] != prefix[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[bits / 8] & mask) == (prefix[bits / 8] & mask);
    }

    /** For the operator's log: what the allow-list holds. */
    @Override
    public String toString() {
        List<String> entries = new ArrayList<>();
        for (Network n : allowedNetworks) {
            try {
                entries.add(InetAddress.getByAddress(n.prefix()).getHostAddress() + "/" + n.bits());
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        entries.addAll(allowedHosts);
        return "DestinationPolicy[allowed=" + entries + "]";
    }
}
