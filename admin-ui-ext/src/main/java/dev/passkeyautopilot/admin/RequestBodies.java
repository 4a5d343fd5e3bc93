package dev.passkeyautopilot.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Binds a request body to its record, or refuses it with the field named. The resources take the body as text
 * (not as a JAX-RS entity parameter) so that a body Jackson cannot bind is refused in our error shape, never in
 * Keycloak's generic one.
 * <p>
 * Binding is strict: no coercion between JSON types ({@code "true"} is not a boolean, {@code 5} is not a text),
 * so a wrong type is a refusal naming the field rather than a value nobody sent.
 */
public final class RequestBodies {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private RequestBodies() {
    }

    /**
     * How one kind of body is refused.
     *
     * @param maxChars     bodies longer than this (or none at all) answer 413 with {@code tooLarge}
     * @param errorCode    the {@code error} of a 400
     * @param unknownField the message for a field the record does not have; null lets unknown fields pass
     * @param wrongType    the message for a field of the wrong JSON type, given its path ({@code ids[2]})
     * @param notAnObject  the message for a body that is not a JSON object; null for the usual ones
     */
    public record Rules(int maxChars, String tooLarge, String errorCode, Function<String, String> unknownField,
                        Function<String, String> wrongType, String notAnObject) {

        public Rules(int maxChars, String tooLarge, String errorCode, Function<String, String> unknownField,
                     Function<String, String> wrongType) {
            this(maxChars, tooLarge, errorCode, unknownField, wrongType, null);
        }

        private String notAnObject(String usual) {
            return notAnObject == null ? usual : notAnObject;
        }
    }

    /** A bound body and the names of the fields it carried: a record cannot tell a field left out from one sent as null. */
    public record Bound<T>(T value, Set<String> fields) {

        public boolean has(String field) {
            return fields.contains(field);
        }
    }

    public static <T> Bound<T> read(String body, Rules rules, Class<T> type) {
        Binding<T> binding = bind(body, rules, type);
        if (binding.refusal() != null) {
            throw new AdminRequestException(binding.refusal());
        }
        return binding.bound();
    }

    /** The bound body, or what is wrong with it: one of the two is null. */
    record Binding<T>(Bound<T> bound, AdminRequestException.Refusal refusal) {

        static <T> Binding<T> refused(Response.Status status, String code, String field, String message) {
            return new Binding<>(null, new AdminRequestException.Refusal(status, code, field, message));
        }
    }

    static <T> Binding<T> bind(String body, Rules rules, Class<T> type) {
        if (body == null || body.length() > rules.maxChars()) {
            return Binding.refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request_too_large", null, rules.tooLarge());
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return Binding.refused(Response.Status.BAD_REQUEST, rules.errorCode(), null, rules.notAnObject("The body is not JSON."));
        }
        if (tree == null || !tree.isObject()) {
            return Binding.refused(Response.Status.BAD_REQUEST, rules.errorCode(), null, rules.notAnObject("The body must be a JSON object."));
        }
        Set<String> fields = new LinkedHashSet<>();
        tree.fieldNames().forEachRemaining(fields::add);
        if (rules.unknownField() != null) {
            for (String name : fields) {
                if (!isComponent(type, name)) {
                    return Binding.refused(Response.Status.BAD_REQUEST, rules.errorCode(), name, rules.unknownField().apply(name));
                }
            }
        }
        try {
            T value = JSON.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).treeToValue(tree, type);
            return new Binding<>(new Bound<>(value, Set.copyOf(fields)), null);
        } catch (JsonMappingException e) {
            String field = path(e);
            return field.isEmpty()
                    ? Binding.refused(Response.Status.BAD_REQUEST, rules.errorCode(), null, rules.notAnObject("The body must be a JSON object."))
                    : Binding.refused(Response.Status.BAD_REQUEST, rules.errorCode(), field, rules.wrongType().apply(field));
        } catch (JsonProcessingException e) {
            // a number too large for its type: Jackson names no field
            return Binding.refused(Response.Status.BAD_REQUEST, rules.errorCode(), null, "The body has a number out of range.");
        }
    }

    private static boolean isComponent(Class<?> type, String name) {
        for (var component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code ids[2]}, {@code capabilities.hybrid}: the names the docs use. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
