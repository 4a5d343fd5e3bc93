package dev.passkeyautopilot.privacy;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.format.EventFormat;
import dev.passkeyautopilot.format.EventFormats;
import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivacyTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Privacy HASH = new Privacy(true, false, KEY);
    private static final Privacy DROP = new Privacy(false, true, null);

    @Test
    @DisplayName("The hash is HMAC-SHA256 in lowercase hex (RFC 4231 test case 1)")
    void knownAnswer() {
        byte[] key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);
        assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                new Privacy(true, false, key).hash("Hi There"));
    }

    @Test
    @DisplayName("Hashing is stable under one key and differs under another, so a leaked hash cannot be matched elsewhere")
    void stableAndKeyed() {
        AuditEvent e = TestEvents.passkeyLogin();
        assertEquals(HASH.apply(e).userId(), HASH.apply(e).userId());
        assertEquals(HASH.apply(e).userId(), new Privacy(true, true, KEY.clone()).apply(e).userId());
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertNotEquals(HASH.apply(e).userId(), new Privacy(true, false, other).apply(e).userId());
        assertTrue(HASH.apply(e).userId().matches("[0-9a-f]{64}"));
    }

    @Test
    @DisplayName("User id, user name and the person details are hashed; session, client and realm stay")
    void whatIsHashed() {
        AuditEvent e = TestEvents.supportRevoke().withDetails(java.util.Map.of(
                "pa_actor", TestEvents.AGENT_ID, "username", "alice", "email", "alice@example.com",
                "pa_support_reason", "lost phone"));
        AuditEvent h = HASH.apply(e);
        assertEquals(HASH.hash(TestEvents.USER_ID), h.userId());
        assertEquals(HASH.hash("alice"), h.username());
        assertEquals(HASH.hash(TestEvents.AGENT_ID), h.detail("pa_actor"));
        assertEquals(HASH.hash("alice"), h.detail("username"));
        assertEquals(HASH.hash("alice@example.com"), h.detail("email"));
        assertEquals(Privacy.FREE_TEXT_REMOVED, h.detail("pa_support_reason"), "free text may name the person");
        assertEquals(e.clientId(), h.clientId());
        assertEquals(e.realmId(), h.realmId());
        assertEquals(e.ipAddress(), h.ipAddress());
        assertEquals(e.id(), h.id());
    }

    @Test
    @DisplayName("User ids inside an admin event's resource_path are hashed")
    void resourcePath() {
        AuditEvent h = HASH.apply(TestEvents.adminUpdate());
        assertEquals("users/" + HASH.hash(TestEvents.USER_ID) + "/credentials/c0ffee00-1111-4222-8333-444455556666",
                h.detail("resource_path"));
    }

    @Test
    @DisplayName("People named in an admin event's representation are hashed, at any depth; the rest of it stays")
    void representation() {
        AuditEvent e = TestEvents.adminUpdate().withDetails(java.util.Map.of("representation",
                "{\"action\":\"revoke_passkey\",\"reason\":\"ticket 4711\",\"actor\":\"agent.smith\","
                        + "\"result\":{\"revoked\":[\"c0ffee\"],\"users\":[{\"email\":\"alice@example.com\",\"attempts\":3}]}}"));
        String hashed = HASH.apply(e).detail("representation");
        assertEquals("{\"action\":\"revoke_passkey\",\"reason\":\"" + Privacy.FREE_TEXT_REMOVED + "\",\"actor\":\"" + HASH.hash("agent.smith")
                + "\",\"result\":{\"revoked\":[\"c0ffee\"],\"users\":[{\"email\":\"" + HASH.hash("alice@example.com")
                + "\",\"attempts\":3}]}}", hashed);
        assertEquals(e.detail("representation"), DROP.apply(e).detail("representation"), "only hashing touches it");
    }

    @Test
    @DisplayName("A support reason is free text that may name the person: removed when user ids are hashed, kept otherwise")
    void supportReason() {
        AuditEvent e = TestEvents.supportRevoke().withDetails(java.util.Map.of(
                "pa_support_reason", "Alice Example lost her phone", "pa_action", "revoke_passkey"));
        AuditEvent h = HASH.apply(e);
        assertEquals(Privacy.FREE_TEXT_REMOVED, h.detail("pa_support_reason"));
        assertEquals("revoke_passkey", h.detail("pa_action"));
        for (String name : EventFormats.names()) {
            assertFalse(EventFormats.byName(name).format(h).contains("Alice"), name + " carries the free text");
        }
        assertEquals("Alice Example lost her phone", DROP.apply(e).detail("pa_support_reason"), "only hashing removes it");
        assertEquals("Alice Example lost her phone", Privacy.NONE.apply(e).detail("pa_support_reason"));
    }

    @Test
    @DisplayName("A representation that is not JSON is dropped when user ids are hashed: what it holds cannot be told")
    void representationNotJson() {
        AuditEvent admin = TestEvents.adminUpdate();
        java.util.Map<String, String> details = new java.util.LinkedHashMap<>(admin.details());
        details.put("representation", "actor=agent.smith");
        AuditEvent e = admin.withDetails(details);
        assertEquals(null, HASH.apply(e).detail("representation"));
        assertEquals("users/" + HASH.hash(TestEvents.USER_ID) + "/credentials/c0ffee00-1111-4222-8333-444455556666",
                HASH.apply(e).detail("resource_path"), "the other details stay");
    }

    @Test
    @DisplayName("Dropping IPs removes ipAddress and every detail naming or holding an address, but keeps versions")
    void dropIps() {
        AuditEvent e = TestEvents.passkeyLogin().withDetails(java.util.Map.of(
                "ip_address", "not even an ip",
                "x_forwarded_for", "198.51.100.1, 2001:db8::1",
                "some_detail", "[2001:db8::2]",
                "other", "fe80::1%eth0",
                "pa_browser", "Chrome 120.0.0.0",
                "pa_os", "Windows 10.0",
                "kept", "text 10.0.0.1 inside"));
        AuditEvent d = DROP.apply(e);
        assertNull(d.ipAddress());
        assertFalse(d.details().containsKey("ip_address"));
        assertFalse(d.details().containsKey("x_forwarded_for"));
        assertFalse(d.details().containsKey("some_detail"));
        assertFalse(d.details().containsKey("other"));
        assertEquals("Chrome 120.0.0.0", d.detail("pa_browser"));
        assertEquals("Windows 10.0", d.detail("pa_os"));
        assertEquals("text 10.0.0.1 inside", d.detail("kept"), "free text is not searched (documented)");
        assertEquals(e.userId(), d.userId());
    }

    @Test
    @DisplayName("After both rules no format carries the user's id, name or address")
    void nothingLeaksIntoAnyFormat() {
        Privacy both = new Privacy(true, true, KEY);
        for (AuditEvent e : TestEvents.typical()) {
            AuditEvent p = both.apply(e);
            for (String name : EventFormats.names()) {
                EventFormat f = EventFormats.byName(name);
                String out = f.format(p);
                assertFalse(out.contains(TestEvents.USER_ID), name + " leaks the user id");
                assertFalse(out.contains("\"alice\"") || out.contains("=alice "), name + " leaks the user name");
                assertFalse(out.contains("203.0.113.7") || out.contains("198.51.100.20") || out.contains("2001:db8::7"),
                        name + " leaks an address");
            }
        }
    }

    @Test
    @DisplayName("No rules: the event is returned as it is")
    void none() {
        AuditEvent e = TestEvents.passkeyLogin();
        assertSame(e, Privacy.NONE.apply(e));
    }

    @Test
    @DisplayName("Hashing needs a key of 16 bytes or more; the key is copied and never printed")
    void keyHandling() {
        assertThrows(IllegalArgumentException.class, () -> new Privacy(true, false, null));
        assertThrows(IllegalArgumentException.class, () -> new Privacy(true, false, new byte[15]));
        byte[] key = KEY.clone();
        Privacy p = new Privacy(true, false, key);
        String before = p.hash("x");
        key[0] ^= 1;
        assertEquals(before, p.hash("x"));
        assertFalse(p.toString().contains(HexFormat.of().formatHex(KEY)));
        assertFalse(p.toString().contains(new String(KEY, StandardCharsets.US_ASCII)));
        assertEquals(new Privacy(true, false, KEY.clone()), p);
    }
}
