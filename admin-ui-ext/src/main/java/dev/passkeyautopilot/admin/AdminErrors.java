package dev.passkeyautopilot.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one error shape of our admin REST API: {@code {"error": code, "field": name, "message": sentence}}, the
 * field only when one is at fault.
 */
public final class AdminErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminErrors() {
    }

    public static Response of(Response.Status status, String error, String field, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", error);
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
