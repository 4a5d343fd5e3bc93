package dev.passkeyautopilot.sink;

import java.util.List;

/**
 * A destination for events. One relay thread at a time is expected per sink, but implementations are
 * thread-safe ({@link #send} is serialised).
 */
public interface Sink extends AutoCloseable {

    /**
     * Delivers the batch, all of it or — as far as this sink can tell — none of it: on return every event has been
     * acknowledged by the receiver as far as the transport allows (TCP/TLS: written and flushed; UDP: sent;
     * HTTP: 2xx; Kafka: acknowledged by all in-sync replicas; file: fsynced).
     *
     * @param batch events for this sink, in order; an empty batch does nothing
     * @throws SinkException the batch must be considered undelivered; see {@link SinkException#retryable()}
     */
    void send(List<Delivery> batch) throws SinkException;

    /** Releases connections and threads; never throws. */
    @Override
    void close();
}
