package dev.passkeyautopilot.support;

import dev.passkeyautopilot.admin.AdminRequestException;
import dev.passkeyautopilot.admin.RequestBodies;

/**
 * The body of a support action: {@code {"reason": "..."}}. The reason is required (it is the audit trail's
 * "why"), at most {@value #MAX_REASON} characters, without control characters other than line breaks.
 */
record ActionRequest(String reason) {

    static final int MAX_REASON = 500;
    static final int MAX_BODY_CHARS = 8 * 1024;
    private static final String GIVE_A_REASON = "Give a reason for this action.";
    private static final RequestBodies.Rules RULES = new RequestBodies.Rules(MAX_BODY_CHARS, "The request is too large.",
            AdminRequestException.INVALID_REQUEST, field -> "Unknown field.", field -> GIVE_A_REASON);

    static ActionRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw invalidReason(GIVE_A_REASON);
        }
        ActionRequest request = RequestBodies.read(body, RULES, ActionRequest.class).value();
        if (request.reason() == null || request.reason().isBlank()) {
            throw invalidReason(GIVE_A_REASON);
        }
        String text = request.reason().strip();
        if (text.length() > MAX_REASON) {
            throw invalidReason("The reason must be at most " + MAX_REASON + " characters.");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw invalidReason("The reason contains control characters.");
        }
        return new ActionRequest(text);
    }

    private static AdminRequestException invalidReason(String message) {
        return AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "reason", message);
    }
}
