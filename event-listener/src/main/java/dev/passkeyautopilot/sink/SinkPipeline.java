package dev.passkeyautopilot.sink;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.format.EventFormat;
import dev.passkeyautopilot.privacy.Privacy;
import dev.passkeyautopilot.sink.config.SinkConfig;
import dev.passkeyautopilot.sink.config.SinkConfigException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A configured sink with its privacy rules and format: what a relay needs to deliver stored events.
 * Privacy is applied before formatting, so no format ever sees what the sink may not learn.
 */
public final class SinkPipeline implements AutoCloseable {

    private final SinkConfig config;
    private final Privacy privacy;
    private final EventFormat format;
    private final Sink sink;

    public SinkPipeline(SinkConfig config, Privacy privacy, EventFormat format, Sink sink) {
        this.config = config;
        this.privacy = privacy;
        this.format = format;
        this.sink = sink;
    }

    /** @param config a merged configuration; see {@link SinkFactory#create} for the rest */
    public static SinkPipeline open(SinkConfig config, DestinationPolicy destinations, Path fileDirectory) throws SinkConfigException {
        return new SinkPipeline(config, config.privacyPolicy(), config.eventFormat(),
                SinkFactory.create(config, destinations, fileDirectory));
    }

    public Delivery prepare(AuditEvent event) {
        AuditEvent visible = privacy.apply(event);
        return new Delivery(visible, format.format(visible));
    }

    /** Prepares and sends; the batch should not exceed {@link SinkConfig#batchSize()}. */
    public void send(List<AuditEvent> events) throws SinkException {
        List<Delivery> batch = new ArrayList<>(events.size());
        for (AuditEvent e : events) {
            batch.add(prepare(e));
        }
        sink.send(batch);
    }

    public SinkConfig config() {
        return config;
    }

    public Sink sink() {
        return sink;
    }

    @Override
    public void close() {
        sink.close();
    }
}
