package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.relay.Backoff;
import org.keycloak.Config;

import java.util.random.RandomGenerator;

/**
 * Server-wide relay settings: {@code --spi-events-listener--passkey-autopilot-siem--<key>=<value>} (documented
 * in docs/siem-guide.md).
 */
record RelaySettings(boolean enabled, long pollMillis, int claimLimit, long leaseMillis, Backoff backoff, long deliveredRetentionMillis,
                     long backlogAlarm) {

    static RelaySettings of(Config.Scope config) {
        return new RelaySettings(
                config.getBoolean("relay-enabled", true),
                config.getLong("poll-millis", 500L),
                config.getInt("claim-limit", 5000),
                config.getLong("lease-seconds", 30L) * 1000,
                // a SIEM outage is retried at least once a minute for about an hour and a half before rows are dead-lettered
                new Backoff(config.getLong("backoff-base-millis", 1000L), config.getLong("backoff-cap-millis", 60_000L),
                        config.getInt("max-attempts", 100), RandomGenerator.getDefault()),
                config.getLong("delivered-retention-hours", 24L) * 3_600_000,
                config.getLong("backlog-alarm", 100_000L));
    }
}
