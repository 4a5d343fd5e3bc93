package dev.passkeyautopilot.secondfactor;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs against the Keycloak API the module is compiled with (the oldest supported, 26.4): the success must reach
 * the one {@code successfulLogin} that API has. The integration suites prove the 26.7 path on a 26.7 server.
 */
class BruteForceSuccessTest {

    @Test
    @DisplayName("Reports the success through the successfulLogin this Keycloak has, as otp where categories exist")
    void reportsThroughTheMethodThisKeycloakHas() {
        List<List<Object>> calls = new ArrayList<>();
        BruteForceProtector protector = (BruteForceProtector) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BruteForceProtector.class}, (proxy, method, args) -> {
                    if (method.getName().equals("successfulLogin")) {
                        calls.add(Arrays.asList(args));
                    }
                    return null;
                });

        BruteForceSuccess.report(protector, null, null, null, null);

        boolean categoryAware = Arrays.stream(BruteForceProtector.class.getMethods())
                .anyMatch(m -> m.getName().equals("successfulLogin") && m.getParameterCount() == 5);
        assertEquals(categoryAware, BruteForceSuccess.categoryAware());
        List<Object> expected = categoryAware
                ? Arrays.asList(null, null, null, null, Set.of(OTPCredentialModel.TYPE))
                : Arrays.asList(null, null, null, null);
        assertEquals(List.of(expected), calls);
    }
}
