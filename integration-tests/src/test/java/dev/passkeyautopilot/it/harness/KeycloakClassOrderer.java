package dev.passkeyautopilot.it.harness;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Orders test classes so all classes sharing a Keycloak spec run back to back (PostgreSQL suites first, then
 * H2, then anything without {@link WithKeycloak}); each server is then started exactly once and stopped before
 * the next. Registered in {@code junit-platform.properties}.
 */
public final class KeycloakClassOrderer implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing(KeycloakClassOrderer::group)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static String group(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(WithKeycloak.class)
                .map(KeycloakSpec::of)
                .map(spec -> spec.database().ordinal() + "|" + spec)
                .orElse("~");
    }
}
