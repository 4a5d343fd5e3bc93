package dev.passkeyautopilot.testing;

import dev.passkeyautopilot.sink.DestinationPolicy;

/** The test receivers listen on loopback, which the destination policy refuses unless the operator allows it. */
public final class TestDestinations {

    public static final DestinationPolicy LOOPBACK = DestinationPolicy.allowing("127.0.0.0/8,::1/128,localhost");

    private TestDestinations() {
    }
}
