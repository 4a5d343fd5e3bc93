package dev.passkeyautopilot.sink.kafka;

import dev.passkeyautopilot.sink.Delivery;
import dev.passkeyautopilot.sink.DestinationPolicy;
import dev.passkeyautopilot.sink.Sink;
import dev.passkeyautopilot.sink.SinkException;
import dev.passkeyautopilot.sink.config.KafkaSettings;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.security.plain.PlainLoginModule;
import org.apache.kafka.common.security.scram.ScramLoginModule;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Kafka record per event: key = event id (so a compacted topic or a consumer can deduplicate, and all records
 * of one event land in one partition), header {@code event-id} = event id, value = formatted payload (UTF-8).
 *
 * <p>The producer is idempotent ({@code enable.idempotence=true}, {@code acks=all}): its own retries within
 * {@code delivery.timeout.ms} never duplicate a record. {@link #send} returns when every record of the batch is
 * acknowledged by all in-sync replicas, and fails (retryable) when that does not happen within
 * {@code deliveryTimeoutMs} — also when no broker can be reached: {@code max.block.ms} is set to the same bound, so
 * waiting for metadata cannot hang. After a failed batch the producer is closed and a new one is created for the
 * next batch, because a producer whose idempotent sequence broke cannot be trusted with more records.
 *
 * <p>Compression is off ({@code compression.type=none}): the codecs are native libraries we do not ship.
 *
 * <p>Before each batch the bootstrap servers are resolved and judged by the {@link DestinationPolicy}. The Kafka
 * client resolves them again itself and connects to the brokers the cluster's metadata names (advertised
 * listeners), which no policy of ours sees: that residual risk is documented in the admin guide.
 */
public final class KafkaSink implements Sink {

    /** Kafka requires {@code delivery.timeout.ms >= linger.ms + request.timeout.ms}. */
    static final int LINGER_MS = 5;
    static final int BATCH_BYTES = 512 * 1024;

    private final KafkaSettings settings;
    private final String sinkName;
    private final String target;
    private final DestinationPolicy destinations;
    private Producer<String, String> producer;

    public KafkaSink(KafkaSettings settings, String sinkName, DestinationPolicy destinations) {
        if (!settings.resolved()) {
            throw new IllegalArgumentException("kafka settings have unresolved secrets; merge them first");
        }
        this.settings = settings;
        this.sinkName = sinkName;
        this.destinations = destinations;
        this.target = "kafka " + String.join(",", settings.bootstrapServers()) + " topic " + settings.topic();
    }

    /** The producer configuration (public for review and tests; contains the SASL password when set). */
    public static Properties producerProperties(KafkaSettings s, String clientId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", s.bootstrapServers()));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        p.put(ProducerConfig.LINGER_MS_CONFIG, Integer.toString(LINGER_MS));
        // a relay batch is up to 1,000 events of about 1 KiB: the default 16 KiB batches would need dozens of round trips
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(BATCH_BYTES));
        int delivery = s.deliveryTimeoutMs();
        int request = Math.min(30_000, delivery - LINGER_MS);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(delivery));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(request));
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.toString(delivery));
        p.put(ProducerConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Integer.toString(Math.min(10_000, request)));
        p.put(ProducerConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, Integer.toString(Math.min(30_000, request)));
        p.put("security.protocol", s.securityProtocol().name());
        if (s.securityProtocol().tls()) {
            p.put(SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG, "https");
            if (s.caCertificatePem() != null) {
                p.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
                p.put(SslConfigs.SSL_TRUSTSTORE_CERTIFICATES_CONFIG, s.caCertificatePem());
            }
        }
        if (s.securityProtocol().sasl()) {
            // Class literals, not strings: shading relocates the classes, and the JAAS line must name them as relocated.
            String module = s.saslMechanism() == KafkaSettings.SaslMechanism.PLAIN
                    ? PlainLoginModule.class.getName()
                    : ScramLoginModule.class.getName();
            p.put(SaslConfigs.SASL_MECHANISM, s.saslMechanism().jsonName());
            p.put(SaslConfigs.SASL_JAAS_CONFIG, module + " required username=\"" + jaasEscape(s.saslUsername())
                    + "\" password=\"" + jaasEscape(s.saslPassword().reveal()) + "\";");
        }
        return p;
    }

    /** JAAS configuration values are quoted strings with backslash escapes. */
    static String jaasEscape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public synchronized void send(List<Delivery> batch) throws SinkException {
        if (batch.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.deliveryTimeoutMs() + 1000L);
        checkBootstrapServers();
        Producer<String, String> p = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        try {
            for (Delivery d : batch) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(settings.topic(), d.event().id(), d.payload());
                record.headers().add("event-id", d.event().id().getBytes(StandardCharsets.UTF_8));
                Future<RecordMetadata> ack = p.send(record);
                // send() reports a metadata timeout (max.block.ms) as an already failed future rather than by
                // throwing; stop at the first one instead of blocking max.block.ms once per record.
                if (ack.isDone()) {
                    ack.get();
                }
                acks.add(ack);
            }
            for (Future<RecordMetadata> ack : acks) {
                long left = deadline - System.nanoTime();
                ack.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            reset();
            throw failure(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            reset();
            throw new SinkException(target + ": not acknowledged within " + settings.deliveryTimeoutMs() + " ms", true, e)
                    .summarized(target + ": timed out");
        } catch (InterruptedException e) {
            reset();
            Thread.currentThread().interrupt();
            throw new SinkException(target + ": interrupted", true, e).summarized(target + ": interrupted");
        } catch (KafkaException e) {
            // Thrown by send() itself: metadata not available within max.block.ms, or a fatal producer state.
            reset();
            throw failure(e);
        }
    }

    /** Judged before each batch: the names may resolve elsewhere since the sink was saved. */
    private void checkBootstrapServers() throws SinkException {
        for (String host : settings.bootstrapHosts()) {
            try {
                destinations.checkedAddresses(host);
            } catch (DestinationPolicy.RefusedException e) {
                reset();
                throw new SinkException(target + ": refused: " + e.getMessage(), false)
                        .summarized(target + ": refused by the destination policy");
            } catch (UnknownHostException e) {
                // the client reports bootstrap names that do not resolve, and may find the others
            }
        }
    }

    private SinkException failure(Throwable e) {
        boolean retryable = !(e instanceof AuthenticationException || e instanceof AuthorizationException
                || e instanceof RecordTooLargeException || e instanceof InvalidTopicException);
        if (e instanceof org.apache.kafka.common.errors.TimeoutException) {
            return new SinkException(target + ": not acknowledged within " + settings.deliveryTimeoutMs() + " ms ("
                    + e.getClass().getSimpleName() + ")", true, e).summarized(target + ": timed out");
        }
        // the error's class is Kafka's own classification; its message may quote the broker
        return new SinkException(target + ": " + e.getClass().getSimpleName(), retryable, e)
                .summarized(target + ": " + e.getClass().getSimpleName());
    }

    private Producer<String, String> producer() throws SinkException {
        if (producer == null) {
            Properties props = producerProperties(settings, "passkey-autopilot-" + sinkName + "-"
                    + UUID.randomUUID().toString().substring(0, 8));
            // Kafka loads login modules and plug-ins through the context class loader; inside Keycloak that is not
            // necessarily the loader that holds the (shaded) Kafka classes.
            Thread t = Thread.currentThread();
            ClassLoader previous = t.getContextClassLoader();
            t.setContextClassLoader(KafkaSink.class.getClassLoader());
            try {
                producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
            } catch (KafkaException e) {
                // Typically bootstrap names that do not resolve (yet): may clear up.
                throw new SinkException(target + ": cannot create producer: " + e.getClass().getSimpleName(), true, e)
                        .summarized(target + ": cannot connect");
            } finally {
                t.setContextClassLoader(previous);
            }
        }
        return producer;
    }

    private void reset() {
        Producer<String, String> p = producer;
        producer = null;
        if (p != null) {
            p.close(Duration.ZERO);
        }
    }

    @Override
    public synchronized void close() {
        Producer<String, String> p = producer;
        producer = null;
        if (p != null) {
            try {
                p.close(Duration.ofSeconds(5));
            } catch (RuntimeException ignored) {
                // Closing at shutdown; undelivered records are still in the outbox.
            }
        }
    }
}
