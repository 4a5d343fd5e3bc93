package dev.passkeyautopilot.it.harness;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The browsers ("devices") of one test. {@link #open()} gives a new device; the first one is also what a
 * {@link Browser} parameter receives. All are closed after the test; on failure {@link BrowserExtension}
 * saves each one's screenshot and page source first.
 */
public final class Browsers implements ExtensionContext.Store.CloseableResource {

    private final List<Browser> open = new ArrayList<>();

    /** Launches a new browser with a fresh profile: a new device for the same or another user. */
    public synchronized Browser open() {
        Browser browser = Browser.launch();
        open.add(browser);
        return browser;
    }

    /** The first browser of this test, launched on first use. */
    public synchronized Browser first() {
        return open.isEmpty() ? open() : open.get(0);
    }

    public synchronized List<Browser> all() {
        return List.copyOf(open);
    }

    @Override
    public synchronized void close() {
        RuntimeException failure = null;
        for (Browser browser : open) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                // Close the others anyway so no Chromium outlives the test; report the first problem.
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
