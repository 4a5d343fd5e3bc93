package dev.passkeyautopilot.it.harness;

/** Server options for suites whose SIEM receivers run in the test JVM. */
public final class SinkOptions {

    /**
     * The receivers listen on loopback, which sinks may reach only when the operator allows it. Classes that share
     * this option share one server.
     */
    public static final String LOOPBACK_RECEIVERS =
            "--spi-events-listener--passkey-autopilot-siem--allowed-destinations=127.0.0.0/8,::1/128,localhost";

    private SinkOptions() {
    }
}
