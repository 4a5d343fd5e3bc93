package dev.passkeyautopilot.rollout;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CidrTest {

    @Test
    @DisplayName("IPv4 ranges contain the addresses under their prefix")
    void ipv4() {
        Cidr range = Cidr.parse("10.0.0.0/8");
        assertTrue(range.isIpv4());
        assertEquals(8, range.prefixLength());
        assertTrue(range.contains("10.0.0.1"));
        assertTrue(range.contains("10.255.255.255"));
        assertFalse(range.contains("11.0.0.0"));
        assertFalse(range.contains("9.255.255.255"));
        Cidr odd = Cidr.parse("192.168.4.0/22");
        assertTrue(odd.contains("192.168.7.255"));
        assertFalse(odd.contains("192.168.8.0"));
        assertTrue(Cidr.parse("0.0.0.0/0").contains("203.0.113.9"));
        assertTrue(Cidr.parse("203.0.113.9").contains("203.0.113.9"));
        assertFalse(Cidr.parse("203.0.113.9").contains("203.0.113.10"));
    }

    @Test
    @DisplayName("IPv6 ranges contain the addresses under their prefix; families never mix")
    void ipv6() {
        Cidr range = Cidr.parse("2001:db8::/32");
        assertFalse(range.isIpv4());
        assertTrue(range.contains("2001:db8::1"));
        assertTrue(range.contains("2001:0db8:ffff:ffff:ffff:ffff:ffff:ffff"));
        assertFalse(range.contains("2001:db9::1"));
        assertFalse(range.contains("10.0.0.1"));
        assertFalse(Cidr.parse("10.0.0.0/8").contains("2001:db8::1"));
        assertTrue(Cidr.parse("fe80::/10").contains("fe80::1%eth0"));
        assertTrue(Cidr.parse("::1/128").contains("::1"));
    }

    @Test
    @DisplayName("An IPv4-mapped IPv6 address is the IPv4 address it maps")
    void mapped() {
        assertTrue(Cidr.parse("10.0.0.0/8").contains("::ffff:10.1.2.3"));
    }

    @ParameterizedTest(name = "\"{0}\" is not an address (and is never looked up)")
    @ValueSource(strings = {"localhost", "example.com", "10.0.0", "10.0.0.256", "010.0.0.1", "1.2.3.4.5", "10.0.0.1 ",
            "deadbeef", ".::1", "::g", "2001:db8::1::2", "[::1]", "１.2.3.4"})
    void notLiteral(String text) {
        assertNull(Cidr.literalAddress(text));
        assertFalse(Cidr.parse("0.0.0.0/0").contains(text));
        assertFalse(Cidr.parse("::/0").contains(text));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text + "/8"));
    }

    @Test
    @DisplayName("Bad ranges are refused with a readable message")
    void refused() {
        assertEquals("must have a prefix length from 0 to 32 for an IPv4 range, was \"10.0.0.0/33\"",
                assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("2001:db8::/129"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/08"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(null));
        assertEquals("has address bits set beyond the /8 prefix: was \"10.1.0.0/8\", did you mean 10.0.0.0/8?",
                assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.1.0.0/8")).getMessage());
    }
}
