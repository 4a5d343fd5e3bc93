package dev.passkeyautopilot.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs axe-core (from npm, pinned in {@code integration-tests/package-lock.json}) in the page a {@link Browser}
 * shows, against WCAG 2.1 A and AA and axe's best practices. The script is injected by the test, so the pages
 * themselves never load it.
 */
public final class Axe {

    static final String INSTALL = "cd integration-tests && npm ci   (npm: apt-get install -y npm)";

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
               .then(r => done(r.violations.map(v => ({
                   id: v.id, impact: v.impact || '', help: v.help,
                   nodes: v.nodes.map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))
               .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
            """;

    private static volatile String script;

    private Axe() {
    }

    /** The violations axe-core finds in the current page, one line each with the offending elements. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Browser browser) {
        browser.executeScript(script());
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.executeAsyncScript(RUN);
        return found.stream()
                .map(v -> v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "): " + v.get("nodes"))
                .collect(Collectors.toList());
    }

    /** Fails naming every violation and the page, so a report reads without a rerun. */
    public static void assertNoViolations(Browser browser, String page) {
        List<String> violations = violations(browser);
        if (!violations.isEmpty()) {
            fail("axe-core found " + violations.size() + " violation(s) on " + page + " (" + browser.currentUrl() + "):\n  "
                    + String.join("\n  ", violations));
        }
    }

    private static String script() {
        String loaded = script;
        if (loaded == null) {
            String configured = System.getProperty("axe.script");
            if (configured == null || !Files.isReadable(Path.of(configured))) {
                throw new IllegalStateException("axe-core is not installed (" + configured + "). Install: " + INSTALL);
            }
            try {
                loaded = Files.readString(Path.of(configured), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            script = loaded;
        }
        return loaded;
    }
}
