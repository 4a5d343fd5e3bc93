package dev.passkeyautopilot.it.harness;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.Set;

/**
 * Provides the Keycloak of a {@link WithKeycloak} class: acquired from the run-wide {@link KeycloakRegistry}
 * before the class, injected as parameters, and the clock reset after each test that moved it.
 */
public final class KeycloakExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeycloakExtension.class);
    private static final Set<Class<?>> INJECTABLE = Set.of(KeycloakTarget.class, AdminClient.class, TimeOffset.class,
            Sql.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        target(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TimeOffset clock = target(context).timeOffset();
        if (clock.changed()) {
            clock.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTABLE.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        KeycloakTarget target = target(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == KeycloakTarget.class) {
            return target;
        }
        if (type == AdminClient.class) {
            return target.admin();
        }
        if (type == TimeOffset.class) {
            return target.timeOffset();
        }
        return target.sql().orElseThrow(() -> new ParameterResolutionException("No SQL access for "
                + target.spec().label() + " on this backend; use @WithKeycloak(database = POSTGRES)"));
    }

    /** The class's server, acquired once per class and cached in the class-level store. */
    static KeycloakTarget target(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(KeycloakTarget.class,
                key -> registry(context).acquire(spec(testClass)), KeycloakTarget.class);
    }

    private static KeycloakSpec spec(Class<?> testClass) {
        WithKeycloak annotation = AnnotationSupport.findAnnotation(testClass, WithKeycloak.class)
                .orElseThrow(() -> new ExtensionConfigurationException(testClass.getName()
                        + " uses KeycloakExtension without @WithKeycloak"));
        return KeycloakSpec.of(annotation);
    }

    private static KeycloakRegistry registry(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(KeycloakRegistry.class,
                key -> new KeycloakRegistry(HarnessProperties.backend()), KeycloakRegistry.class);
    }
}
