package dev.passkeyautopilot.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Picks ports at runtime so parallel builds and leftover servers never collide with a fixed port. */
final class FreePorts {

    private FreePorts() {
    }

    static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port", e);
        }
    }

    /**
     * A JGroups port on loopback whose failure-detection port (FD_SOCK2, {@code port + }{@value #FAILURE_DETECTION_OFFSET},
     * Keycloak's default {@code jgroups.fd.port-offset}) is free too, so it is drawn below 15,536: an ephemeral port
     * plus 50,000 would be beyond 65,535.
     */
    static int cluster() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(10_000, 65_536 - FAILURE_DETECTION_OFFSET);
            if (free(port) && free(port + FAILURE_DETECTION_OFFSET)) {
                return port;
            }
        }
        throw new IllegalStateException("no free pair of cluster ports (p, p + " + FAILURE_DETECTION_OFFSET + ") on loopback");
    }

    static final int FAILURE_DETECTION_OFFSET = 50_000;

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
