package dev.passkeyautopilot.it.harness;

import java.nio.file.Path;
import java.util.List;

/**
 * Saves what each browser showed when a test failed: {@code <artifacts>/<TestClass>/<method>-<n>.png} and
 * {@code .html}, n counting the test's browsers from 1.
 */
final class FailureArtifacts {

    private static final System.Logger LOG = System.getLogger(FailureArtifacts.class.getName());

    private FailureArtifacts() {
    }

    static void save(Class<?> testClass, String method, List<Browser> browsers, Throwable failure) {
        Path directory = HarnessProperties.artifactsDir().resolve(testClass.getSimpleName());
        for (int i = 0; i < browsers.size(); i++) {
            String base = method + "-" + (i + 1);
            try {
                browsers.get(i).screenshot(directory.resolve(base + ".png"));
                browsers.get(i).savePageSource(directory.resolve(base + ".html"));
                LOG.log(System.Logger.Level.INFO, "Saved " + directory.resolve(base) + ".png/.html");
            } catch (RuntimeException e) {
                // A dead browser must not hide the test's own failure: attach, do not replace.
                failure.addSuppressed(e);
            }
        }
    }
}
