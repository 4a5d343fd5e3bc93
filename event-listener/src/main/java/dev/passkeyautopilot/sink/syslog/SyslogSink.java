package dev.passkeyautopilot.sink.syslog;

import dev.passkeyautopilot.sink.Delivery;
import dev.passkeyautopilot.sink.DestinationPolicy;
import dev.passkeyautopilot.sink.Sink;
import dev.passkeyautopilot.sink.SinkException;
import dev.passkeyautopilot.sink.Tls;
import dev.passkeyautopilot.sink.config.SyslogSettings;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Syslog (RFC 5424 messages, see {@link SyslogMessage}) over:
 * <ul>
 *   <li><b>udp</b> (RFC 5426): one datagram per event. Messages longer than {@code maxDatagramBytes} are cut (MSG
 *       only; the header and the event id survive, and {@code truncatedFrom} in the structured data gives the
 *       original MSG size). UDP has no acknowledgement: a send succeeds when the datagram left this host. Use TCP
 *       or TLS when every event matters or payloads are large (JSON cut short is not JSON).</li>
 *   <li><b>tcp</b> (RFC 6587 octet counting: {@code <length> SP <message>}).</li>
 *   <li><b>tls</b> (RFC 5425, octet counting), TLS 1.2/1.3, the server's certificate checked against the JVM's trust
 *       store or the configured CA certificates, and its name against {@code host} (hostname verification is
 *       always on).</li>
 * </ul>
 * The TCP/TLS connection is kept between batches. Before a batch is written on it, it is checked for having been
 * closed by the server (syslog servers never send data, so end-of-stream means closed); a closed or failed
 * connection is replaced. A failed batch closes the connection: the next {@code send} reconnects.
 *
 * <p>Connecting (including the TLS handshake) is bounded by {@code connectTimeoutMs}, writing a batch by
 * {@code writeTimeoutMs} (a watchdog closes the socket, because blocking socket writes have no timeout of their
 * own).
 *
 * <p>Each new connection (and the UDP socket) goes to an address the {@link DestinationPolicy} judged right before:
 * the host is resolved once, checked, and that address is connected to, so a name cannot answer differently
 * between the check and the connect. TLS still verifies the certificate against {@code host}.
 */
public final class SyslogSink implements Sink {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "passkey-autopilot-syslog-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final SyslogSettings settings;
    private final String hostname;
    private final String procId;
    private final SSLContext sslContext;
    private final String target;
    private final DestinationPolicy destinations;

    private DatagramSocket udp;
    private Socket raw;
    private Socket socket;
    private OutputStream out;

    public SyslogSink(SyslogSettings settings, DestinationPolicy destinations) throws GeneralSecurityException {
        this.settings = settings;
        this.destinations = destinations;
        this.hostname = settings.hostname() != null ? settings.hostname() : localHostName();
        this.procId = Long.toString(ProcessHandle.current().pid());
        this.sslContext = settings.transport() == SyslogSettings.Transport.TLS
                ? Tls.context(settings.caCertificatePem()) : null;
        this.target = "syslog " + settings.transport().jsonName() + " " + settings.host() + ":" + settings.port();
    }

    @Override
    public synchronized void send(List<Delivery> batch) throws SinkException {
        if (batch.isEmpty()) {
            return;
        }
        boolean udpTransport = settings.transport() == SyslogSettings.Transport.UDP;
        List<byte[]> messages = new ArrayList<>(batch.size());
        for (Delivery d : batch) {
            messages.add(SyslogMessage.encode(d.event(), d.payload(), settings.facility(), hostname,
                    settings.appName(), procId, udpTransport ? settings.maxDatagramBytes() : 0));
        }
        if (udpTransport) {
            sendUdp(messages);
        } else {
            sendStream(messages);
        }
    }

    private void sendUdp(List<byte[]> messages) throws SinkException {
        try {
            if (udp == null) {
                InetSocketAddress address = new InetSocketAddress(checkedAddresses()[0], settings.port());
                udp = new DatagramSocket();
                udp.connect(address);
            }
            for (byte[] m : messages) {
                udp.send(new DatagramPacket(m, m.length));
            }
        } catch (IOException e) {
            closeUdp();
            throw new SinkException(target + ": " + describe(e), true, e).summarized(target + ": cannot send");
        }
    }

    /** Resolves and judges the host; connect only to these. */
    private InetAddress[] checkedAddresses() throws SinkException {
        try {
            return destinations.checkedAddresses(settings.host());
        } catch (DestinationPolicy.RefusedException e) {
            throw new SinkException(target + ": refused: " + e.getMessage(), false)
                    .summarized(target + ": refused by the destination policy");
        } catch (UnknownHostException e) {
            throw new SinkException(target + ": host not found", true).summarized(target + ": host not found");
        }
    }

    private void sendStream(List<byte[]> messages) throws SinkException {
        if (socket != null && peerClosed()) {
            closeStream();
        }
        if (socket == null) {
            connect();
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        Socket toKill = raw;
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            closeQuietly(toKill);
        }, settings.writeTimeoutMs(), TimeUnit.MILLISECONDS);
        try {
            for (byte[] m : messages) {
                out.write((m.length + " ").getBytes(StandardCharsets.US_ASCII));
                out.write(m);
            }
            out.flush();
        } catch (IOException e) {
            closeStream();
            if (timedOut.get()) {
                throw new SinkException(target + ": write timed out after " + settings.writeTimeoutMs() + " ms", true, e)
                        .summarized(target + ": timed out");
            }
            throw new SinkException(target + ": " + describe(e), true, e).summarized(target + ": connection lost");
        } finally {
            watchdog.cancel(false);
        }
        if (timedOut.get()) {
            // The watchdog fired just as the flush completed: the connection is gone, the data may not be.
            closeStream();
            throw new SinkException(target + ": write timed out after " + settings.writeTimeoutMs() + " ms", true)
                    .summarized(target + ": timed out");
        }
    }

    private void connect() throws SinkException {
        InetSocketAddress address = new InetSocketAddress(checkedAddresses()[0], settings.port());
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            s.connect(address, settings.connectTimeoutMs());
            Socket active = s;
            if (sslContext != null) {
                SSLSocket tls = (SSLSocket) sslContext.getSocketFactory()
                        .createSocket(s, settings.host(), settings.port(), true);
                SSLParameters params = tls.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                params.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                if (!isIpLiteral(settings.host())) {
                    params.setServerNames(List.of(new SNIHostName(settings.host())));
                }
                tls.setSSLParameters(params);
                // The handshake reads; bound it like the connect. Verification happens here, before any
                // event byte is written.
                tls.setSoTimeout(settings.connectTimeoutMs());
                tls.startHandshake();
                active = tls;
            }
            this.raw = s;
            this.socket = active;
            this.out = new BufferedOutputStream(active.getOutputStream(), 64 * 1024);
        } catch (SocketTimeoutException e) {
            closeQuietly(s);
            throw new SinkException(target + ": connect timed out after " + settings.connectTimeoutMs() + " ms", true, e)
                    .summarized(target + ": timed out");
        } catch (SSLException e) {
            closeQuietly(s);
            throw new SinkException(target + ": TLS handshake failed: " + describe(e), true, e)
                    .summarized(target + ": TLS failed");
        } catch (IOException e) {
            closeQuietly(s);
            throw new SinkException(target + ": cannot connect: " + describe(e), true, e)
                    .summarized(target + ": cannot connect");
        }
    }

    /** True if the server closed the connection (syslog servers never send, so any end-of-stream means closed). */
    private boolean peerClosed() {
        try {
            socket.setSoTimeout(1);
            InputStream in = socket.getInputStream();
            byte[] discard = new byte[512];
            while (true) {
                int n = in.read(discard);
                if (n < 0) {
                    return true;
                }
                // Unexpected bytes from the server: ignore and look again.
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean isIpLiteral(String host) {
        return dev.passkeyautopilot.audit.IpLiterals.isIpLiteral(host);
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null ? "" : " " + m);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static String localHostName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                name = null;
            }
        }
        if (name == null || !name.matches("[\\x21-\\x7e]{1,255}")) {
            return "-";
        }
        return name;
    }

    private void closeUdp() {
        if (udp != null) {
            udp.close();
            udp = null;
        }
    }

    private void closeStream() {
        closeQuietly(raw);
        raw = null;
        socket = null;
        out = null;
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Closing a broken connection: nothing left to do.
            }
        }
    }

    @Override
    public synchronized void close() {
        closeUdp();
        if (socket != null && socket != raw) {
            // A graceful TLS close (close_notify) when we can; the raw close below bounds it.
            ScheduledFuture<?> w = WATCHDOG.schedule(() -> closeQuietly(raw), 1, TimeUnit.SECONDS);
            closeQuietly(socket);
            w.cancel(false);
        }
        closeStream();
    }
}
