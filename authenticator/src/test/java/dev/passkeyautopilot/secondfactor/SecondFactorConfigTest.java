package dev.passkeyautopilot.secondfactor;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SecondFactorConfigTest {

    private static SecondFactorConfig of(Map<String, String> values) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(values);
        return SecondFactorConfig.of(model);
    }

    @Test
    @DisplayName("Without settings: one-time codes are the fallback and the step reaches level 2")
    void defaults() {
        assertEquals(new SecondFactorConfig(List.of("auth-otp-form"), 2), SecondFactorConfig.of(null));
    }

    @Test
    @DisplayName("Fallbacks keep the configured order, trimmed, without blanks, duplicates or the step itself")
    void fallbackOrder() {
        SecondFactorConfig config = of(Map.of(SecondFactorConfig.FALLBACKS,
                " webauthn-authenticator, auth-otp-form,,passkey-autopilot-second-factor,auth-otp-form "));
        assertEquals(List.of("webauthn-authenticator", "auth-otp-form"), config.fallbacks());
    }

    @Test
    @DisplayName("An empty fallback list makes the passkey the only second factor")
    void noFallback() {
        assertEquals(List.of(), of(Map.of(SecondFactorConfig.FALLBACKS, "")).fallbacks());
    }

    @Test
    @DisplayName("A level that is not a number falls back to 2; negative levels count as 0 (leave it to the flow)")
    void levelParsing() {
        assertEquals(2, of(Map.of(SecondFactorConfig.LEVEL, "gold")).level());
        assertEquals(0, of(Map.of(SecondFactorConfig.LEVEL, "-3")).level());
        assertEquals(3, of(Map.of(SecondFactorConfig.LEVEL, " 3 ")).level());
    }
}
