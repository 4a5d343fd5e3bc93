package dev.passkeyautopilot.sink;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DestinationPolicyTest {

    private static final DestinationPolicy DEFAULT = DestinationPolicy.publicOnly().withResolver(DestinationPolicyTest::fakeDns);

    /** No real DNS in unit tests: a few names with fixed answers. */
    private static InetAddress[] fakeDns(String name) throws UnknownHostException {
        return switch (name) {
            case "collector.example" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
            case "internal.example" -> new InetAddress[] {InetAddress.getByName("10.0.0.5")};
            case "split.example" -> new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1")};
            case "metadata.example" -> new InetAddress[] {InetAddress.getByName("169.254.169.254")};
            default -> throw new UnknownHostException(name);
        };
    }

    @Nested
    @DisplayName("Refused by default")
    class Refused {

        @ParameterizedTest
        @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "[::1]", "::1", "localhost", "localhost.", "LOCALHOST", "db.localhost",
                "0.0.0.0", "::", "[::]", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1",
                "169.254.169.254", "fe80::1", "fe80::1%eth0", "fd12:3456::1", "fc00::1", "fec0::1", "224.0.0.1",
                "ff02::1", "255.255.255.255", "240.0.0.1"})
        @DisplayName("loopback, unspecified, private, shared, link-local, unique-local, multicast and reserved addresses")
        void internalAddresses(String host) {
            assertTrue(DEFAULT.refusal(host).isPresent(), host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2130706433", "0177.0.0.1", "0x7f.1", "0x7f000001", "127.1", "0x7F.0.0.1", "017700000001",
                "127.0.0.1.", "0", "0x0", "012.0.0.1", "3232235777", "0xa9.0xfe.0xa9.0xfe"})
        @DisplayName("decimal, octal and hex spellings of such addresses, read as inet_aton reads them")
        void numericSpellings(String host) {
            assertTrue(DEFAULT.refusal(host).isPresent(), host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"::ffff:127.0.0.1", "[::ffff:7f00:1]", "::ffff:169.254.169.254", "::127.0.0.1",
                "64:ff9b::a00:1", "2002:7f00:1::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2"})
        @DisplayName("IPv6 forms carrying an internal IPv4 address, and Teredo")
        void ipv6CarryingIpv4(String host) {
            assertTrue(DEFAULT.refusal(host).isPresent(), host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"256.0.0.1", "0x100.1", "08.0.0.1", "1.2.3.256", "1.2.0x10000"})
        @DisplayName("numeric spellings that are no address, since a resolver might still read one")
        void invalidNumeric(String host) {
            assertTrue(DEFAULT.refusal(host).orElseThrow().contains("not a valid IPv4 address"), host);
        }

        @Test
        @DisplayName("a name with any internal answer, and a name answering the metadata service")
        void namesResolvingInside() {
            assertTrue(DEFAULT.refusal("split.example").orElseThrow().contains("loopback"));
            assertTrue(DEFAULT.refusal("metadata.example").orElseThrow().contains("link-local"));
            assertTrue(DEFAULT.refusal("internal.example").orElseThrow().contains("private"));
        }

        @Test
        @DisplayName("the refusal names the address and the server setting")
        void message() {
            String m = DEFAULT.refusal("2130706433").orElseThrow();
            assertEquals("2130706433 (127.0.0.1) is a loopback address, which the server's allowed-destinations setting does not allow", m);
        }
    }

    @Nested
    @DisplayName("Allowed")
    class Allowed {

        @ParameterizedTest
        @ValueSource(strings = {"93.184.216.34", "collector.example", "2606:2800:220:1:248:1893:25c8:1946", "[2001:db8::1]",
                "172.32.0.1", "100.128.0.1", "no-such-name.example"})
        @DisplayName("public addresses, names resolving to them, and names that do not resolve yet (judged when connecting)")
        void publicDestinations(String host) {
            assertTrue(DEFAULT.refusal(host).isEmpty(), host);
        }

        @Test
        @DisplayName("the operator's networks and names, and nothing next to them")
        void allowList() {
            DestinationPolicy p = DestinationPolicy.allowing(" 127.0.0.1/32, 10.1.2.0/24 ,internal.example, ::1, fd00::/8")
                    .withResolver(DestinationPolicyTest::fakeDns);
            assertTrue(p.refusal("127.0.0.1").isEmpty());
            assertTrue(p.refusal("2130706433").isEmpty(), "the same address in another spelling");
            assertTrue(p.refusal("127.0.0.2").isPresent());
            assertTrue(p.refusal("10.1.2.200").isEmpty());
            assertTrue(p.refusal("10.1.3.1").isPresent());
            assertTrue(p.refusal("internal.example").isEmpty(), "an allowed name is trusted whatever it resolves to");
            assertTrue(p.refusal("INTERNAL.example.").isEmpty());
            assertTrue(p.refusal("[::1]").isEmpty());
            assertTrue(p.refusal("fd12::1").isEmpty());
            assertTrue(p.refusal("fc12::1").isPresent());
            assertTrue(p.refusal("169.254.169.254").isPresent());
            assertTrue(p.refusal("localhost").isPresent(), "a name is allowed by name, not by what it resolves to");
        }

        @ParameterizedTest
        @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/x", "::1/129", "not a host", "2130706433", "*.example"})
        @DisplayName("a malformed allow-list entry stops the server's start with its name")
        void badAllowList(String entry) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DestinationPolicy.allowing("10.0.0.0/8," + entry));
            assertTrue(e.getMessage().contains(entry), e.getMessage());
        }
    }

    @Test
    @DisplayName("Connect time: a name that answered a public address when saved and loopback now (DNS rebinding) is refused")
    void rebinding() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        DestinationPolicy p = DestinationPolicy.publicOnly().withResolver(name -> new InetAddress[] {
                InetAddress.getByName(lookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1")});
        assertTrue(p.refusal("rebind.example").isEmpty(), "saved while it answered a public address");
        DestinationPolicy.RefusedException e = assertThrows(DestinationPolicy.RefusedException.class,
                () -> p.checkedAddresses("rebind.example"));
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
    }

    @Test
    @DisplayName("Connect time: the checked addresses are the ones to connect to, not a second lookup")
    void checkedAddressesAreTheAnswer() throws Exception {
        assertArrayEquals(new InetAddress[] {InetAddress.getByName("93.184.216.34")}, DEFAULT.checkedAddresses("collector.example"));
        assertArrayEquals(new InetAddress[] {InetAddress.getByName("93.184.216.34")}, DEFAULT.checkedAddresses("93.184.216.34"));
        assertThrows(UnknownHostException.class, () -> DEFAULT.checkedAddresses("no-such-name.example"));
    }
}
