package dev.passkeyautopilot.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls until something asynchronous (the audit relay, mostly) has happened, or fails naming what did not. */
final class Await {

    private Await() {
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        until(what, timeout, condition, () -> "");
    }

    /** @param state what to add to the failure, e.g. the status the condition reads */
    static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + " " + state.get());
            }
            Thread.sleep(200);
        }
    }
}
