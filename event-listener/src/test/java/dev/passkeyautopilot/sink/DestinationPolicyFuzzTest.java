package dev.passkeyautopilot.sink;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hosts come from admins (sink settings) and the allow-list from the operator. A host is accepted with the addresses
 * to connect to, refused ({@link DestinationPolicy.RefusedException}) or unknown ({@link UnknownHostException});
 * an allow-list entry that is neither an address, a network nor a host name is an {@link IllegalArgumentException}
 * naming it. And whatever spelling a host uses, the public-only policy never hands out a non-public address.
 */
class DestinationPolicyFuzzTest {

    private static final InetAddress PUBLIC = address(new byte[] {93, (byte) 184, (byte) 215, 14});

    @FuzzTest(maxDuration = "5m")
    void publicOnlyPolicyNeverReturnsANonPublicAddress(FuzzedDataProvider data) {
        DestinationPolicy policy = DestinationPolicy.publicOnly().withResolver(host -> new InetAddress[] {PUBLIC});
        String host = data.consumeRemainingAsString();
        try {
            for (InetAddress a : policy.checkedAddresses(host)) {
                assertTrue(DestinationPolicy.internalKind(a).isEmpty(), () -> host + " gave " + a);
            }
        } catch (DestinationPolicy.RefusedException | UnknownHostException e) {
            assertTrue(e.getMessage() != null);
        }
        policy.refusal(host);
    }

    @FuzzTest(maxDuration = "5m")
    void allowListReadsOrNamesTheBadEntry(FuzzedDataProvider data) {
        String allowList = data.consumeString(512);
        DestinationPolicy policy;
        try {
            policy = DestinationPolicy.allowing(allowList).withResolver(host -> new InetAddress[] {PUBLIC});
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("allowed-destinations: "), e.getMessage());
            return;
        }
        policy.refusal(data.consumeRemainingAsString());
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
