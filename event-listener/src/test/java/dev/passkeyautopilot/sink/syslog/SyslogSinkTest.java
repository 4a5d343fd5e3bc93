package dev.passkeyautopilot.sink.syslog;

import dev.passkeyautopilot.testing.TestDestinations;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.format.EventFormat;
import dev.passkeyautopilot.format.EventFormats;
import dev.passkeyautopilot.format.Severity;
import dev.passkeyautopilot.sink.Delivery;
import dev.passkeyautopilot.sink.SinkException;
import dev.passkeyautopilot.sink.config.SyslogSettings;
import dev.passkeyautopilot.sink.config.SyslogSettings.Transport;
import dev.passkeyautopilot.testing.Cef;
import dev.passkeyautopilot.testing.Certificates;
import dev.passkeyautopilot.testing.Rfc5424;
import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyslogSinkTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    static Path certDir;
    /** SAN ip:127.0.0.1 — the right certificate. */
    static Certificates.Identity server;
    /** Same name, different key: a CA the client does not trust. */
    static Certificates.Identity stranger;
    /** Trusted by the client in its test, but issued for another name. */
    static Certificates.Identity elsewhere;

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @BeforeAll
    static void certificates() throws Exception {
        List<Certificates.Identity> ids = Certificates.generate(certDir,
                "ip:127.0.0.1,dns:localhost", "ip:127.0.0.1,dns:localhost", "dns:elsewhere.example");
        server = ids.get(0);
        stranger = ids.get(1);
        elsewhere = ids.get(2);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : cleanup) {
            c.close();
        }
    }

    private static SyslogSettings settings(Transport transport, int port, String ca) {
        return new SyslogSettings(transport, "127.0.0.1", port, 10, "kc-node-1", "passkey-autopilot", 8192, ca,
                1000, 1500);
    }

    private SyslogSink sink(SyslogSettings s) throws Exception {
        SyslogSink sink = new SyslogSink(s, TestDestinations.LOOPBACK);
        cleanup.add(sink);
        return sink;
    }

    private static List<Delivery> deliveries(List<AuditEvent> events, EventFormat format) {
        return events.stream().map(e -> new Delivery(e, format.format(e))).toList();
    }

    private static void assertMatches(Delivery d, Rfc5424.Message m) {
        assertEquals(10, m.facility());
        assertEquals(Severity.of(d.event()).syslog, m.severity());
        assertEquals("kc-node-1", m.hostname());
        assertEquals("passkey-autopilot", m.appName());
        assertEquals(Long.toString(ProcessHandle.current().pid()), m.procId());
        assertEquals(d.event().type(), m.msgId());
        assertEquals(d.event().id(), m.structuredData().get(SyslogMessage.SD_ID).get("eventId"));
        assertEquals(d.payload(), m.msg());
        assertFalse(m.bom());
    }

    // ---------------------------------------------------------------- UDP

    @Test
    @DisplayName("UDP: one RFC 5424 datagram per event, header and structured data exact, MSG = the payload")
    void udpDelivers() throws Exception {
        DatagramSocket receiver = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
        cleanup.add(receiver);
        receiver.setSoTimeout(5000);
        List<Delivery> batch = deliveries(List.of(TestEvents.passkeyLogin(), TestEvents.failedLogin()), EventFormats.CEF);
        sink(settings(Transport.UDP, receiver.getLocalPort(), null)).send(batch);
        for (Delivery d : batch) {
            byte[] buf = new byte[65535];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            receiver.receive(p);
            Rfc5424.Message m = Rfc5424.parse(Arrays.copyOf(buf, p.getLength()));
            assertMatches(d, m);
            assertEquals("2024-06-10T14:30:0" + (d.event().isSuccess() ? "0" : "1") + ".123Z", m.timestamp());
            assertEquals("demo", m.structuredData().get(SyslogMessage.SD_ID).get("realm"));
            Cef.parse(m.msg());
        }
    }

    @Test
    @DisplayName("UDP: an oversized message is cut to maxDatagramBytes, stays valid RFC 5424 and CEF, and says truncatedFrom")
    void udpTruncates() throws Exception {
        DatagramSocket receiver = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
        cleanup.add(receiver);
        receiver.setSoTimeout(5000);
        AuditEvent e = TestEvents.hostile(true);
        Delivery d = new Delivery(e, EventFormats.CEF.format(e));
        SyslogSettings s = new SyslogSettings(Transport.UDP, "127.0.0.1", receiver.getLocalPort(), 13, "kc", "app",
                1024, null, 1000, 1000);
        sink(s).send(List.of(d));
        byte[] buf = new byte[65535];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        receiver.receive(p);
        assertTrue(p.getLength() <= 1024, "datagram " + p.getLength());
        Rfc5424.Message m = Rfc5424.parse(Arrays.copyOf(buf, p.getLength()));
        assertEquals(13, m.facility());
        assertEquals(e.id(), m.structuredData().get(SyslogMessage.SD_ID).get("eventId"));
        assertEquals(Integer.toString(d.payload().getBytes(StandardCharsets.UTF_8).length),
                m.structuredData().get(SyslogMessage.SD_ID).get("truncatedFrom"));
        assertTrue(d.payload().startsWith(m.msg()));
        Cef.parse(m.msg());
    }

    @Test
    @DisplayName("Truncation never splits a UTF-8 character or leaves a dangling backslash")
    void truncationBoundaries() {
        byte[] s = "ab🙂".getBytes(StandardCharsets.UTF_8); // 2 + 4 bytes
        for (int max = 2; max < 6; max++) {
            assertEquals("ab", new String(SyslogMessage.truncate(s, max), StandardCharsets.UTF_8));
        }
        assertEquals("a", new String(SyslogMessage.truncate("a\\=b".getBytes(), 2)));
        assertEquals("a\\\\", new String(SyslogMessage.truncate("a\\\\b".getBytes(), 3)));
    }

    @Test
    @DisplayName("SD-PARAM values escape \", \\ and ] so that a hostile realm name cannot break structured data")
    void structuredDataEscaping() throws Exception {
        DatagramSocket receiver = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
        cleanup.add(receiver);
        receiver.setSoTimeout(5000);
        AuditEvent e = TestEvents.hostile(false);
        sink(settings(Transport.UDP, receiver.getLocalPort(), null)).send(List.of(new Delivery(e, "x")));
        byte[] buf = new byte[65535];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        receiver.receive(p);
        Rfc5424.Message m = Rfc5424.parse(Arrays.copyOf(buf, p.getLength()));
        assertEquals(e.realmName(), m.structuredData().get(SyslogMessage.SD_ID).get("realm"));
        assertEquals("\\\"x\\]\\\\", SyslogMessage.paramValue("\"x]\\"));
    }

    // ---------------------------------------------------------------- TCP

    @Test
    @DisplayName("TCP: octet-counted frames (RFC 6587), a batch of 50 arrives complete and in order on one connection")
    void tcpDelivers() throws Exception {
        StreamServer srv = new StreamServer(null, 0);
        List<Delivery> batch = deliveries(TestEvents.numbered(50), EventFormats.JSON);
        SyslogSink sink = sink(settings(Transport.TCP, srv.port(), null));
        sink.send(batch);
        sink.send(batch.subList(0, 1));
        for (Delivery d : batch) {
            assertMatches(d, srv.next());
        }
        assertMatches(batch.get(0), srv.next());
        assertEquals(1, srv.connections.get());
    }

    @Test
    @DisplayName("TCP: when the server closes the connection between batches, the next batch goes over a new one")
    void tcpReconnects() throws Exception {
        StreamServer srv = new StreamServer(null, 1);
        SyslogSink sink = sink(settings(Transport.TCP, srv.port(), null));
        List<Delivery> batch = deliveries(TestEvents.numbered(2), EventFormats.CEF);
        sink.send(batch.subList(0, 1));
        assertMatches(batch.get(0), srv.next());
        srv.awaitClosed(1);
        sink.send(batch.subList(1, 2));
        assertMatches(batch.get(1), srv.next());
        assertEquals(2, srv.connections.get());
    }

    @Test
    @DisplayName("TCP: an unreachable port fails quickly with a retryable SinkException")
    void tcpUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
            port = s.getLocalPort();
        }
        long start = System.nanoTime();
        SinkException e = assertThrows(SinkException.class, () ->
                sink(settings(Transport.TCP, port, null)).send(deliveries(TestEvents.numbered(1), EventFormats.CEF)));
        assertTrue(e.retryable());
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 1000);
    }

    @Test
    @DisplayName("TCP: the name is resolved once, judged, and that very address is connected to (a resolver answering differently each time cannot slip past)")
    void connectsToTheCheckedAddress() throws Exception {
        StreamServer srv = new StreamServer(null, 0);
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        // a rebinding resolver: the first answer (checked) is loopback, allowed here; any second look-up would
        // answer another address (the count of look-ups is what proves it)
        dev.passkeyautopilot.sink.DestinationPolicy policy = TestDestinations.LOOPBACK.withResolver(name -> new java.net.InetAddress[] {
                java.net.InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "127.0.0.3")});
        SyslogSettings s = new SyslogSettings(Transport.TCP, "collector.example", srv.port(), 10, "kc-node-1",
                "passkey-autopilot", 8192, null, 1000, 1500);
        SyslogSink sink = new SyslogSink(s, policy);
        cleanup.add(sink);
        List<Delivery> batch = deliveries(TestEvents.numbered(1), EventFormats.CEF);
        sink.send(batch);
        assertMatches(batch.get(0), srv.next());
        assertEquals(1, lookups.get());
    }

    @Test
    @DisplayName("TCP and UDP: a name that resolves to loopback now (saved while it answered elsewhere) is refused at connect time, not retried, and nothing is sent")
    void refusedAtConnectTime() throws Exception {
        StreamServer srv = new StreamServer(null, 0);
        dev.passkeyautopilot.sink.DestinationPolicy policy = dev.passkeyautopilot.sink.DestinationPolicy.publicOnly()
                .withResolver(name -> new java.net.InetAddress[] {java.net.InetAddress.getByName("127.0.0.1")});
        for (Transport transport : new Transport[] {Transport.TCP, Transport.UDP}) {
            SyslogSettings s = new SyslogSettings(transport, "rebound.example", srv.port(), 10, "kc-node-1",
                    "passkey-autopilot", 8192, null, 1000, 1500);
            SyslogSink sink = new SyslogSink(s, policy);
            cleanup.add(sink);
            SinkException e = assertThrows(SinkException.class, () -> sink.send(deliveries(TestEvents.numbered(1), EventFormats.CEF)));
            assertFalse(e.retryable(), e.getMessage());
            assertTrue(e.getMessage().contains("loopback"), e.getMessage());
            assertEquals("syslog " + transport.jsonName() + " rebound.example:" + srv.port() + ": refused by the destination policy", e.summary());
        }
        Thread.sleep(200);
        assertEquals(0, srv.connections.get());
    }

    @Test
    @DisplayName("Failures shown to realm administrators say the class only: cannot connect, TLS failed, timed out")
    void summaries() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
            port = s.getLocalPort();
        }
        SinkException e = assertThrows(SinkException.class, () ->
                sink(settings(Transport.TCP, port, null)).send(deliveries(TestEvents.numbered(1), EventFormats.CEF)));
        assertEquals("syslog tcp 127.0.0.1:" + port + ": cannot connect", e.summary());
    }

    @Test
    @DisplayName("TCP: a server that stops reading makes the write time out after writeTimeoutMs (retryable)")
    void tcpWriteTimeout() throws Exception {
        ServerSocket silent = new ServerSocket();
        silent.setReceiveBufferSize(4096);
        silent.bind(new InetSocketAddress(LOOPBACK, 0));
        cleanup.add(silent);
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        Thread t = new Thread(() -> {
            try {
                accepted.add(silent.accept()); // and never read
            } catch (IOException ignored) {
                // closed by the test
            }
        });
        t.setDaemon(true);
        t.start();
        AuditEvent big = TestEvents.hostile(true);
        String payload = EventFormats.CEF.format(big);
        List<Delivery> batch = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            batch.add(new Delivery(big, payload)); // about 15 MB: more than loopback buffers hold
        }
        SyslogSettings s = new SyslogSettings(Transport.TCP, "127.0.0.1", silent.getLocalPort(), 10, "h", "a", 8192,
                null, 1000, 800);
        long start = System.nanoTime();
        SinkException e = assertThrows(SinkException.class, () -> sink(s).send(batch));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(e.retryable());
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(ms >= 700 && ms < 3000, ms + " ms");
        for (Socket a : accepted) {
            a.close();
        }
    }

    // ---------------------------------------------------------------- TLS

    @Test
    @DisplayName("TLS (RFC 5425): with the configured CA certificate the batch arrives octet-counted over TLS")
    void tlsDelivers() throws Exception {
        StreamServer srv = new StreamServer(server.serverContext(), 0);
        List<Delivery> batch = deliveries(TestEvents.typical(), EventFormats.CEF);
        SyslogSink sink = sink(settings(Transport.TLS, srv.port(), server.certificatePem()));
        sink.send(batch);
        sink.send(batch.subList(0, 2));
        for (Delivery d : batch) {
            assertMatches(d, srv.next());
        }
        assertMatches(batch.get(0), srv.next());
        assertMatches(batch.get(1), srv.next());
        assertEquals(1, srv.connections.get());
    }

    @Test
    @DisplayName("TLS: a certificate from another CA is refused (retryable) and not one event byte reaches the server")
    void tlsWrongCa() throws Exception {
        StreamServer srv = new StreamServer(server.serverContext(), 0);
        SinkException e = assertThrows(SinkException.class, () -> sink(settings(Transport.TLS, srv.port(),
                stranger.certificatePem())).send(deliveries(TestEvents.numbered(3), EventFormats.CEF)));
        assertTrue(e.retryable());
        assertTrue(e.getMessage().contains("TLS handshake failed"), e.getMessage());
        srv.awaitClosed(1);
        assertNull(srv.messages.poll());
        assertEquals(0, srv.bytesAfterHandshake.get());
    }

    @Test
    @DisplayName("TLS: without a configured CA the JVM's trust store applies, which does not know a self-signed certificate")
    void tlsDefaultTrust() throws Exception {
        StreamServer srv = new StreamServer(server.serverContext(), 0);
        SinkException e = assertThrows(SinkException.class, () -> sink(settings(Transport.TLS, srv.port(), null))
                .send(deliveries(TestEvents.numbered(1), EventFormats.CEF)));
        assertTrue(e.retryable());
        srv.awaitClosed(1);
        assertNull(srv.messages.poll());
    }

    @Test
    @DisplayName("TLS: hostname verification is on — a trusted certificate for another name is refused")
    void tlsWrongHostname() throws Exception {
        StreamServer srv = new StreamServer(elsewhere.serverContext(), 0);
        SinkException e = assertThrows(SinkException.class, () -> sink(settings(Transport.TLS, srv.port(),
                elsewhere.certificatePem())).send(deliveries(TestEvents.numbered(1), EventFormats.CEF)));
        assertTrue(e.retryable());
        srv.awaitClosed(1);
        assertNull(srv.messages.poll());
        assertEquals(0, srv.bytesAfterHandshake.get());
    }

    @Test
    @DisplayName("TLS: a server that accepts but never answers the handshake times out after connectTimeoutMs")
    void tlsHandshakeTimeout() throws Exception {
        ServerSocket mute = new ServerSocket(0, 10, LOOPBACK);
        cleanup.add(mute);
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        Thread t = new Thread(() -> {
            try {
                accepted.add(mute.accept());
            } catch (IOException ignored) {
                // closed by the test
            }
        });
        t.setDaemon(true);
        t.start();
        long start = System.nanoTime();
        SinkException e = assertThrows(SinkException.class, () -> sink(settings(Transport.TLS, mute.getLocalPort(),
                server.certificatePem())).send(deliveries(TestEvents.numbered(1), EventFormats.CEF)));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(e.retryable());
        assertTrue(ms >= 900 && ms < 2500, ms + " ms");
        for (Socket a : accepted) {
            a.close();
        }
    }

    /** A TCP or TLS syslog receiver: parses every frame strictly. */
    private final class StreamServer {
        final ServerSocket socket;
        final BlockingQueue<Rfc5424.Message> messages = new LinkedBlockingQueue<>();
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final AtomicInteger bytesAfterHandshake = new AtomicInteger();
        final List<Throwable> errors = new CopyOnWriteArrayList<>();

        /** @param closeAfter close each connection after this many messages (0: never) */
        StreamServer(SSLContext tls, int closeAfter) throws IOException {
            if (tls != null) {
                SSLServerSocket s = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket(0, 10, LOOPBACK);
                socket = s;
            } else {
                socket = new ServerSocket(0, 10, LOOPBACK);
            }
            cleanup.add(socket);
            Thread t = new Thread(() -> acceptLoop(closeAfter), "syslog-test-server");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        Rfc5424.Message next() throws InterruptedException {
            Rfc5424.Message m = messages.poll(5, TimeUnit.SECONDS);
            assertNotNull(m, "no message; server errors: " + errors);
            return m;
        }

        void awaitClosed(int n) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 5000;
            while (closed.get() < n && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(n, closed.get());
        }

        private void acceptLoop(int closeAfter) {
            while (!socket.isClosed()) {
                try {
                    Socket c = socket.accept();
                    connections.incrementAndGet();
                    Thread t = new Thread(() -> serve(c, closeAfter));
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket c, int closeAfter) {
            try (c; InputStream in = c.getInputStream()) {
                int n = 0;
                while (true) {
                    byte[] frame = Rfc5424.readFrame(in);
                    if (frame == null) {
                        break;
                    }
                    bytesAfterHandshake.addAndGet(frame.length);
                    messages.add(Rfc5424.parse(frame));
                    if (closeAfter > 0 && ++n >= closeAfter) {
                        break;
                    }
                }
            } catch (Exception e) {
                errors.add(e);
            } finally {
                closed.incrementAndGet();
            }
        }
    }
}
