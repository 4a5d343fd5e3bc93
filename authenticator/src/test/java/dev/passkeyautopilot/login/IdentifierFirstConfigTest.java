package dev.passkeyautopilot.login;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdentifierFirstConfigTest {

    @Test
    @DisplayName("\"Try again\" after: 30 s by default; 1 to 600 s taken as configured; anything else is the default")
    void retryAfterSeconds() {
        assertEquals(30, IdentifierFirstConfig.of(null).retryAfterSeconds());
        assertEquals(1, IdentifierFirstConfig.retryAfter("1"));
        assertEquals(600, IdentifierFirstConfig.retryAfter(" 600 "));
        assertEquals(30, IdentifierFirstConfig.retryAfter("0"));
        assertEquals(30, IdentifierFirstConfig.retryAfter("601"));
        assertEquals(30, IdentifierFirstConfig.retryAfter("soon"));
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(IdentifierFirstConfig.RETRY_AFTER, "5"));
        assertEquals(5, IdentifierFirstConfig.of(model).retryAfterSeconds());
    }
}
