package dev.passkeyautopilot.rollout;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 address range in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}), or a single
 * address ({@code 192.0.2.7}, meaning /32 or /128). Parsed once; {@link #contains(String)} then costs a parse of
 * the request's address and a byte comparison.
 *
 * <p>Only literal addresses are accepted, here and in {@link #contains(String)}: a host name is refused, never
 * looked up in DNS. IPv4 is read strictly (four decimal numbers 0 to 255, no leading zeros); an IPv4-mapped IPv6
 * address ({@code ::ffff:192.0.2.7}) is the IPv4 address it maps. A range whose address has bits set beyond the
 * prefix ({@code 10.1.0.0/8}) is refused as a likely typo. {@link #equals} compares the text as written.
 */
public final class Cidr {

    private final String text;
    private final byte[] network;
    private final int prefixLength;

    private Cidr(String text, byte[] network, int prefixLength) {
        this.text = text;
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * Parses a range.
     *
     * @throws IllegalArgumentException with a message a person understands, when the text is not a literal
     *                                  IPv4 or IPv6 range
     */
    public static Cidr parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("must be an IP range such as 10.0.0.0/8 or 2001:db8::/32, was empty");
        }
        int slash = text.indexOf('/');
        String addressText = slash < 0 ? text : text.substring(0, slash);
        byte[] address = literalAddress(addressText);
        if (address == null) {
            throw new IllegalArgumentException("must be an IP range such as 10.0.0.0/8 or 2001:db8::/32 (a literal address, "
                    + "not a host name), was \"" + Checks.abbreviate(text) + "\"");
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String prefixText = text.substring(slash + 1);
            prefix = prefixText.matches("(0|[1-9][0-9]{0,2})") ? Integer.parseInt(prefixText) : -1;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("must have a prefix length from 0 to " + bits + " for an IPv"
                        + (bits == 32 ? "4" : "6") + " range, was \"" + Checks.abbreviate(text) + "\"");
            }
        }
        for (int bit = prefix; bit < bits; bit++) {
            if ((address[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                throw new IllegalArgumentException("has address bits set beyond the /" + prefix + " prefix: was \""
                        + Checks.abbreviate(text) + "\", did you mean " + networkText(address, prefix) + "?");
            }
        }
        return new Cidr(text, address, prefix);
    }

    /** The range as written. */
    public String text() {
        return text;
    }

    /** The prefix length: 0 to 32 for IPv4, 0 to 128 for IPv6. */
    public int prefixLength() {
        return prefixLength;
    }

    /** Whether this is an IPv4 range. */
    public boolean isIpv4() {
        return network.length == 4;
    }

    /** Whether the literal address lies in this range; false for null, host names and anything unparsable. */
    public boolean contains(String address) {
        return contains(literalAddress(address));
    }

    /** Whether the address (4 or 16 bytes, as {@link #literalAddress} returns it) lies in this range. */
    boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    /**
     * The bytes of a literal IPv4 (4 bytes) or IPv6 address (16 bytes; an IPv4-mapped one gives 4), or null when
     * the text is not a literal address. A zone ({@code fe80::1%eth0}) is ignored. Never uses DNS.
     */
    static byte[] literalAddress(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            return ipv4(text);
        }
        int zone = text.indexOf('%');
        String literal = zone < 0 ? text : text.substring(0, zone);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            boolean allowed = c == ':' || c == '.' || Character.digit(c, 16) >= 0 && c < 128;
            if (!allowed) {
                return null;
            }
        }
        if (literal.isEmpty() || literal.indexOf(':') < 0 || literal.charAt(0) == '.') {
            return null;
        }
        try {
            // Safe from DNS: the text contains ':', only hex digits, ':' and '.', and starts with a hex digit or
            // ':'; InetAddress reads such a text as an IP literal or refuses it, without a lookup.
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    private static byte[] ipv4(String text) {
        byte[] address = new byte[4];
        int part = 0;
        int pos = 0;
        while (part < 4) {
            int start = pos;
            int value = 0;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9' && pos - start < 3) {
                value = value * 10 + (text.charAt(pos) - '0');
                pos++;
            }
            int digits = pos - start;
            if (digits == 0 || value > 255 || (digits > 1 && text.charAt(start) == '0')) {
                return null;
            }
            address[part++] = (byte) value;
            if (part < 4) {
                if (pos >= text.length() || text.charAt(pos) != '.') {
                    return null;
                }
                pos++;
            }
        }
        return pos == text.length() ? address : null;
    }

    private static String networkText(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        try {
            return InetAddress.getByAddress(masked).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr cidr && text.equals(cidr.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
