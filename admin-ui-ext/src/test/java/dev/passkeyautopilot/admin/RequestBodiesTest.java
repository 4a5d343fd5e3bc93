package dev.passkeyautopilot.admin;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestBodiesTest {

    record Sample(String name, Boolean flag, List<String> ids, Map<String, Boolean> options) {
    }

    private static final RequestBodies.Rules STRICT = new RequestBodies.Rules(100, "too large", "invalid_sample",
            field -> "Unknown field.", field -> "wrong: " + field);
    private static final RequestBodies.Rules LENIENT = new RequestBodies.Rules(100, "too large", "invalid_sample",
            null, field -> "wrong: " + field);

    private static AdminRequestException.Refusal refused(String body, RequestBodies.Rules rules) {
        RequestBodies.Binding<Sample> binding = RequestBodies.bind(body, rules, Sample.class);
        assertNull(binding.bound(), "bound although it should be refused: " + body);
        return binding.refusal();
    }

    private static RequestBodies.Bound<Sample> bound(String body, RequestBodies.Rules rules) {
        RequestBodies.Binding<Sample> binding = RequestBodies.bind(body, rules, Sample.class);
        assertNull(binding.refusal(), () -> "refused: " + binding.refusal());
        return binding.bound();
    }

    @Test
    @DisplayName("A valid body binds, and the fields it carried are known (a null sent is not a field left out)")
    void binds() {
        RequestBodies.Bound<Sample> bound = bound("{\"name\":\"a\",\"flag\":true,\"ids\":null}", STRICT);
        assertEquals(new Sample("a", true, null, null), bound.value());
        assertTrue(bound.has("ids"));
        assertFalse(bound.has("options"));
    }

    @Nested
    @DisplayName("Refusals name the field at fault")
    class Refusals {

        @Test
        @DisplayName("An unknown field is named when the rules refuse unknown fields, and ignored otherwise")
        void unknownField() {
            AdminRequestException.Refusal e = refused("{\"name\":\"a\",\"force\":true}", STRICT);
            assertEquals("force", e.field());
            assertEquals("Unknown field.", e.message());
            assertEquals("invalid_sample", e.code());
            assertEquals("a", bound("{\"name\":\"a\",\"force\":true}", LENIENT).value().name());
        }

        @Test
        @DisplayName("JSON types are not coerced: a number is not a text, a text is not a boolean")
        void noCoercion() {
            assertEquals("name", refused("{\"name\":5}", STRICT).field());
            assertEquals("name", refused("{\"name\":true}", STRICT).field());
            assertEquals("flag", refused("{\"flag\":\"true\"}", STRICT).field());
            assertEquals("flag", refused("{\"flag\":1}", STRICT).field());
            assertEquals("wrong: flag", refused("{\"flag\":1}", STRICT).message());
        }

        @Test
        @DisplayName("A bad element or entry is named by its path")
        void paths() {
            assertEquals("ids[1]", refused("{\"ids\":[\"a\",2]}", STRICT).field());
            assertEquals("options.hybrid", refused("{\"options\":{\"hybrid\":\"yes\"}}", STRICT).field());
            assertEquals("ids", refused("{\"ids\":\"a\"}", STRICT).field());
        }

        @Test
        @DisplayName("No body, a body over the limit, no JSON, or no object: the body as a whole, no field")
        void wholeBody() {
            assertEquals(jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE, refused(null, STRICT).status());
            assertEquals(jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE, refused("{\"name\":\"" + "x".repeat(100) + "\"}", STRICT).status());
            AdminRequestException.Refusal notJson = refused("{name", STRICT);
            assertEquals("The body is not JSON.", notJson.message());
            assertNull(notJson.field());
            assertEquals("The body must be a JSON object.", refused("[1]", STRICT).message());
            assertEquals("The body must be a JSON object.", refused("null", STRICT).message());
            assertEquals("The body must be a JSON object.", refused("", STRICT).message());
        }
    }
}
