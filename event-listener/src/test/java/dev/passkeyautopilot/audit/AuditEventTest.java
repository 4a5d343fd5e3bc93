package dev.passkeyautopilot.audit;

import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditEventTest {

    private static AuditEvent.Builder valid() {
        return AuditEvent.builder().id("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21").time(1).realmId("r")
                .type("LOGIN").category(Category.AUTHENTICATION);
    }

    @Test
    @DisplayName("The id must be a lowercase canonical UUID, because it is the idempotency key in every sink")
    void idMustBeCanonicalUuid() {
        assertThrows(IllegalArgumentException.class, () -> valid().id("3C6E0B8A-5A2B-4F1E-9D3C-7B8A6E5F4D21").build());
        assertThrows(IllegalArgumentException.class, () -> valid().id("not-a-uuid").build());
        assertThrows(NullPointerException.class, () -> valid().id(null).build());
    }

    @Test
    @DisplayName("The type must be an upper-case identifier, so it is safe as syslog MSGID and CEF signature id")
    void typeMustBeAnIdentifier() {
        assertThrows(IllegalArgumentException.class, () -> valid().type("login").build());
        assertThrows(IllegalArgumentException.class, () -> valid().type("LOGIN|X").build());
        assertThrows(IllegalArgumentException.class, () -> valid().type("A".repeat(65)).build());
        assertEquals("PASSKEY_PROMPT_FAILED", valid().type("PASSKEY_PROMPT_FAILED").build().type());
    }

    @Test
    @DisplayName("Realm id, category and a non-negative time are required")
    void requiredFields() {
        assertThrows(NullPointerException.class, () -> valid().realmId(null).build());
        assertThrows(NullPointerException.class, () -> valid().category(null).build());
        assertThrows(IllegalArgumentException.class, () -> valid().time(-1).build());
    }

    @Test
    @DisplayName("Details keep their insertion order, drop null values and cannot be modified")
    void detailsAreOrderedAndImmutable() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("z", "1");
        d.put("a", null);
        d.put("m", "2");
        AuditEvent e = valid().details(d).build();
        assertEquals(List.of("z", "m"), List.copyOf(e.details().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> e.details().put("x", "y"));
        d.put("late", "change");
        assertEquals(2, e.details().size());
    }

    @Test
    @DisplayName("Details are never null")
    void detailsNeverNull() {
        AuditEvent e = new AuditEvent("3c6e0b8a-5a2b-4f1e-9d3c-7b8a6e5f4d21", 0, "r", null, "LOGIN",
                Category.AUTHENTICATION, Outcome.SUCCESS, null, null, null, null, null, null, null);
        assertTrue(e.details().isEmpty());
    }

    @Test
    @DisplayName("A lone surrogate becomes U+FFFD so that every encoder produces the same bytes")
    void loneSurrogatesAreReplaced() {
        AuditEvent e = valid().username("a\uD800b").detail("k", "\uDC00").build();
        assertEquals("a\uFFFDb", e.username());
        assertEquals("\uFFFD", e.detail("k"));
        assertEquals("🙂", valid().username("🙂").build().username());
    }

    @Test
    @DisplayName("withDetails keeps every other field")
    void withDetails() {
        AuditEvent e = TestEvents.passkeyLogin();
        AuditEvent f = e.withDetails(Map.of("x", "y"));
        assertEquals(e.withDetails(e.details()), e);
        assertEquals(Map.of("x", "y"), f.details());
        assertEquals(e.ipAddress(), f.ipAddress());
        assertEquals(e.username(), f.username());
    }
}
