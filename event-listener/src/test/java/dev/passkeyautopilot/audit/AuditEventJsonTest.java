package dev.passkeyautopilot.audit;

import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditEventJsonTest {

    @Test
    @DisplayName("Every event survives write then read unchanged, hostile ones included")
    void roundTrip() {
        for (AuditEvent e : List.of(TestEvents.passkeyLogin(), TestEvents.failedLogin(), TestEvents.adminUpdate(),
                TestEvents.hostile(true))) {
            assertEquals(e, AuditEventJson.read(AuditEventJson.write(e)));
        }
    }

    @Test
    @DisplayName("The form is stable: fixed key order, absent nulls, schema version 1")
    void stableForm() {
        String json = AuditEventJson.write(TestEvents.failedLogin());
        assertEquals("{\"schemaVersion\":1,\"id\":\"9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b\",\"time\":1718029801123,"
                + "\"realmId\":\"8a5c6b1e-3f7d-4c52-9a0b-6d2e1f4a7c90\",\"realmName\":\"demo\",\"type\":\"LOGIN_ERROR\","
                + "\"category\":\"AUTHENTICATION\",\"outcome\":\"FAILURE\",\"error\":\"invalid_user_credentials\","
                + "\"userId\":\"f3b9e0c2-1d4a-4e8b-9c7f-2a6d5e8b1c03\",\"username\":\"alice\",\"clientId\":\"account-console\","
                + "\"ipAddress\":\"203.0.113.7\",\"details\":{\"auth_method\":\"openid-connect\",\"pa_reason\":\"bad_signature\","
                + "\"web_authn_authentication_error\":\"bad_signature\",\"public_key_credential_id\":\"q83vEjRWeJCrze8SNFZ4kA\"}}",
                json);
    }

    @Test
    @DisplayName("Output is a single line even when values contain line breaks")
    void singleLine() {
        String json = AuditEventJson.write(TestEvents.hostile(true));
        assertFalse(json.contains("\n"));
        assertFalse(json.contains("\r"));
    }

    @Test
    @DisplayName("Unknown fields are ignored so that a newer node's rows stay readable during a rolling upgrade")
    void unknownFieldsIgnored() {
        String json = AuditEventJson.write(TestEvents.passwordLogin()).replace("{\"schemaVersion\":1,",
                "{\"schemaVersion\":1,\"addedLater\":{\"x\":[1,2]},");
        assertEquals(TestEvents.passwordLogin(), AuditEventJson.read(json));
    }

    @ParameterizedTest(name = "{1}")
    @DisplayName("Malformed documents are rejected with a message naming the problem")
    @CsvSource(delimiter = ';', value = {
            "{;not JSON",
            "[1];not a JSON object",
            "{\"schemaVersion\":2};schemaVersion: unsupported version 2",
            "{\"id\":\"x\"};schemaVersion: missing",
            "{\"schemaVersion\":1,\"time\":\"1\"};time: missing or not an integer",
            "{\"schemaVersion\":1,\"time\":1.5};time: missing or not an integer",
            "{\"schemaVersion\":1,\"time\":1,\"realmId\":\"r\",\"type\":\"LOGIN\",\"category\":\"AUTHENTICATION\",\"outcome\":\"SUCCESS\"};id: missing",
            "{\"schemaVersion\":1,\"time\":1,\"id\":7};id: not a string",
            "{\"schemaVersion\":1,\"time\":1,\"id\":\"3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21\",\"realmId\":\"r\",\"type\":\"LOGIN\",\"category\":\"NOPE\",\"outcome\":\"SUCCESS\"};category: not one of",
            "{\"schemaVersion\":1,\"time\":1,\"details\":{\"k\":1}};details.k: not a string",
            "{\"schemaVersion\":1,\"time\":1,\"details\":[]};details: not an object",
            "{\"schemaVersion\":1,\"time\":1,\"id\":\"nope\",\"realmId\":\"r\",\"type\":\"LOGIN\",\"category\":\"AUTHENTICATION\",\"outcome\":\"SUCCESS\"};invalid event: id is not",
            "{\"schemaVersion\":1,\"schemaVersion\":1};not JSON: Duplicate field",
            "{\"schemaVersion\":1} {};not JSON",
    })
    void malformedRejected(String json, String expected) {
        AuditEventJsonException e = assertThrows(AuditEventJsonException.class, () -> AuditEventJson.read(json));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
