package dev.passkeyautopilot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

/**
 * The body of a support action: {@code {"reason": "..."}}. The reason is required (it is the audit trail's
 * "why"), at most {@value #MAX_REASON} characters, without control characters other than line breaks.
 */
record ActionRequest(String reason) {

    static final int MAX_REASON = 500;
    static final int MAX_BODY_CHARS = 8 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("reason");

    static ActionRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw SupportError.badRequest("reason", "Give a reason for this action.");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new SupportError(jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE, "request_too_large", null,
                    "The request is too large.");
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            throw SupportError.badRequest(null, "The body is not JSON.");
        }
        if (node == null || !node.isObject()) {
            throw SupportError.badRequest(null, "The body must be a JSON object.");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw SupportError.badRequest(name, "Unknown field.");
            }
        }
        JsonNode reason = node.get("reason");
        if (reason == null || !reason.isTextual() || reason.asText().isBlank()) {
            throw SupportError.badRequest("reason", "Give a reason for this action.");
        }
        String text = reason.asText().strip();
        if (text.length() > MAX_REASON) {
            throw SupportError.badRequest("reason", "The reason must be at most " + MAX_REASON + " characters.");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw SupportError.badRequest("reason", "The reason contains control characters.");
        }
        return new ActionRequest(text);
    }
}
