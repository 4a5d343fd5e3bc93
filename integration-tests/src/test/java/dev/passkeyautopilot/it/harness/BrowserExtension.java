package dev.passkeyautopilot.it.harness;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Injects {@link Browser} (the test's first browser) and {@link Browsers} (for more devices), closes them after
 * the test, and on failure saves every open browser's screenshot and HTML while the browsers are still open
 * (a TestWatcher runs too late: by then the browsers are gone).
 */
public final class BrowserExtension implements ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == Browsers.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browsers browsers = browsers(context);
        return parameter.getParameter().getType() == Browser.class ? browsers.first() : browsers;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        saveArtifacts(context, context.getRequiredTestMethod().getName(), failure);
        throw failure;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        saveArtifacts(context, context.getRequiredTestMethod().getName() + "-beforeEach", failure);
        throw failure;
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        saveArtifacts(context, context.getRequiredTestMethod().getName() + "-afterEach", failure);
        throw failure;
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        saveArtifacts(context, "beforeAll", failure);
        throw failure;
    }

    // Browsers live in the store of the context that asked for them (a test method, or the class for
    // @BeforeAll parameters); JUnit closes them when that context ends.
    private static Browsers browsers(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Browsers.class, key -> new Browsers(), Browsers.class);
    }

    private static void saveArtifacts(ExtensionContext context, String name, Throwable failure) {
        List<Browser> open = new ArrayList<>();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Browsers browsers = c.getStore(NAMESPACE).get(Browsers.class, Browsers.class);
            if (browsers != null) {
                open.addAll(browsers.all());
            }
        }
        FailureArtifacts.save(context.getRequiredTestClass(), name, open, failure);
    }
}
