package dev.passkeyautopilot.it.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ends a process and everything it started. kc.sh runs Keycloak's JVM as a child (and relaunches it after an
 * implicit re-augmentation), so killing only the shell could leave a server holding ports and the database.
 */
final class ProcessTree {

    private ProcessTree() {
    }

    /** SIGTERM to all (Keycloak shuts down cleanly, H2 flushes), then SIGKILL what is left after the grace. */
    static void terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : all) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!awaitExit(handle, left)) {
                handle.destroyForcibly();
                awaitExit(handle, TimeUnit.SECONDS.toNanos(10));
            }
        }
    }

    /** Last resort from a shutdown hook: no waiting for clean shutdown. */
    static void kill(ProcessHandle root) {
        root.descendants().forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
    }

    private static boolean awaitExit(ProcessHandle handle, long nanos) {
        CompletableFuture<ProcessHandle> exit = handle.onExit();
        try {
            exit.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for process " + handle.pid(), e);
        }
    }
}
