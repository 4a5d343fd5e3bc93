package dev.passkeyautopilot.sink;

import dev.passkeyautopilot.sink.config.FileSettings;
import dev.passkeyautopilot.sink.config.KafkaSettings;
import dev.passkeyautopilot.sink.config.SinkConfig;
import dev.passkeyautopilot.sink.config.SinkConfigException;
import dev.passkeyautopilot.sink.config.SinkSettings;
import dev.passkeyautopilot.sink.config.SyslogSettings;
import dev.passkeyautopilot.sink.config.WebhookSettings;
import dev.passkeyautopilot.sink.file.FileSink;
import dev.passkeyautopilot.sink.kafka.KafkaSink;
import dev.passkeyautopilot.sink.syslog.SyslogSink;
import dev.passkeyautopilot.sink.webhook.WebhookSink;

import java.nio.file.Path;
import java.security.GeneralSecurityException;

/** Builds the {@link Sink} a configuration describes. Creating a sink opens no connection. */
public final class SinkFactory {

    private SinkFactory() {
    }

    /**
     * @param config       a merged configuration ({@link SinkConfig#merge}); {@code enabled} is not looked at
     * @param destinations where network sinks may connect
     * @param fileDirectory where a file sink must stay (the realm's directory)
     * @throws SinkConfigException if secrets are unresolved or the TLS trust cannot be built
     */
    public static Sink create(SinkConfig config, DestinationPolicy destinations, Path fileDirectory) throws SinkConfigException {
        if (!config.resolved()) {
            throw new SinkConfigException(config.name(), "secrets not resolved; merge with the stored configuration first");
        }
        try {
            // Java 17: no pattern matching in switch yet; SinkSettings is sealed, so this chain is complete.
            SinkSettings settings = config.settings();
            if (settings instanceof FileSettings f) {
                return FileSink.of(f, fileDirectory);
            } else if (settings instanceof SyslogSettings s) {
                return new SyslogSink(s, destinations);
            } else if (settings instanceof WebhookSettings w) {
                return new WebhookSink(w, config.eventFormat(), destinations);
            } else if (settings instanceof KafkaSettings k) {
                return new KafkaSink(k, config.name(), destinations);
            }
            throw new IllegalStateException("unknown sink settings " + settings.getClass());
        } catch (GeneralSecurityException e) {
            throw new SinkConfigException("caCertificate", "cannot build TLS trust: " + e.getClass().getSimpleName());
        }
    }
}
