package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The type-specific part of a {@link SinkConfig}. */
public sealed interface SinkSettings permits FileSettings, SyslogSettings, WebhookSettings, KafkaSettings {

    SinkType type();

    /** Writes this part's fields into the sink's JSON object; secrets as {@link Secret#MASK} when redacted. */
    void write(ObjectNode out, boolean redacted);

    /**
     * Resolves "keep the stored value" secrets from {@code previous} (same type, or null for a new sink) and
     * checks that required secrets are present.
     *
     * @param path JSON path of the sink, for messages
     */
    SinkSettings merge(SinkSettings previous, String path) throws SinkConfigException;

    /** True when no secret still says "keep the stored value". */
    boolean resolved();
}
