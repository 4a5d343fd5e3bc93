package dev.passkeyautopilot.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.admin.AdminRequestException;
import dev.passkeyautopilot.support.SupportRepresentations.Caller;
import dev.passkeyautopilot.support.SupportRepresentations.Revoked;
import dev.passkeyautopilot.support.SupportRepresentations.SupportAudit;
import dev.passkeyautopilot.support.SupportRepresentations.UserIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented shapes survive Keycloak's mapper, which leaves nulls out (its REST layer and admin events use the
 * same {@code NON_NULL} inclusion as {@link JsonSerialization#mapper}).
 */
class SupportRepresentationsTest {

    private static JsonNode json(Object value) {
        return JsonSerialization.mapper.valueToTree(value);
    }

    @Test
    @DisplayName("A user without email keeps \"email\": null; createdTimestamp appears only when given (the overview)")
    void nullsAsDocumented() {
        JsonNode searchHit = json(new UserIdentity("id-1", "ann", null, null, null, true, null));
        assertTrue(searchHit.has("email") && searchHit.get("email").isNull(), searchHit.toString());
        assertTrue(searchHit.has("firstName") && searchHit.get("firstName").isNull(), searchHit.toString());
        assertFalse(searchHit.has("createdTimestamp"), searchHit.toString());
        assertEquals(42L, json(new UserIdentity("id-1", "ann", null, null, null, true, 42L)).get("createdTimestamp").asLong());
    }

    @Test
    @DisplayName("The error names the field only when one is at fault")
    void errorBody() {
        assertEquals("{\"error\":\"invalid_request\",\"message\":\"The body is not JSON.\"}",
                json(new AdminRequestException.Body("invalid_request", null, "The body is not JSON.")).toString());
        assertEquals("{\"error\":\"invalid_request\",\"field\":\"reason\",\"message\":\"Give a reason.\"}",
                json(new AdminRequestException.Body("invalid_request", "reason", "Give a reason.")).toString());
    }

    @Test
    @DisplayName("A support action's admin event carries who and why next to the answer's own fields")
    void auditIsFlat() {
        JsonNode audit = json(new SupportAudit("revoke_passkey", "lost phone", "agent", new Revoked(List.of("c1"))));
        assertEquals("{\"action\":\"revoke_passkey\",\"reason\":\"lost phone\",\"actor\":\"agent\",\"revoked\":[\"c1\"]}", audit.toString());
    }

    @Test
    @DisplayName("GET support/me: a caller without a support role gets \"roles\": [], never a missing field")
    void callerRoles() {
        assertEquals("{\"roles\":[]}", json(new Caller(List.of())).toString());
        assertEquals("{\"roles\":[\"support-viewer\",\"support-agent\"]}", json(new Caller(List.of("support-viewer", "support-agent"))).toString());
    }
}
