package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Strict reading of one JSON object: no unknown fields, no type coercion ({@code "5"} is not a port), ranges
 * checked, and every problem reported with the field's JSON path. Messages never quote values.
 */
final class Fields {

    private final JsonNode node;
    private final String path;

    Fields(JsonNode node, String path) throws SinkConfigException {
        if (node == null || !node.isObject()) {
            throw new SinkConfigException(path.isEmpty() ? "$" : path, "must be a JSON object");
        }
        this.node = node;
        this.path = path;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
        return node.has(field);
    }

    boolean isNull(String field) {
        return node.has(field) && node.get(field).isNull();
    }

    void allowOnly(Set<String> allowed, String context) throws SinkConfigException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new SinkConfigException(path(printable(f)), "unknown field" + context);
            }
        }
    }

    void forbid(String field, String why) throws SinkConfigException {
        if (node.has(field)) {
            throw new SinkConfigException(path(field), why);
        }
    }

    String string(String field, boolean required, int maxLength) throws SinkConfigException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new SinkConfigException(path(field), "required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new SinkConfigException(path(field), "must be a string");
        }
        String s = v.textValue();
        if (s.isEmpty()) {
            throw new SinkConfigException(path(field), "must not be empty");
        }
        if (s.length() > maxLength) {
            throw new SinkConfigException(path(field), "longer than " + maxLength + " characters");
        }
        return s;
    }

    int integer(String field, Integer defaultValue, int min, int max) throws SinkConfigException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (defaultValue == null) {
                throw new SinkConfigException(path(field), "required");
            }
            return defaultValue;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new SinkConfigException(path(field), "must be an integer");
        }
        int i = v.intValue();
        if (i < min || i > max) {
            throw new SinkConfigException(path(field), "must be between " + min + " and " + max);
        }
        return i;
    }

    boolean bool(String field, boolean defaultValue) throws SinkConfigException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.isBoolean()) {
            throw new SinkConfigException(path(field), "must be true or false");
        }
        return v.booleanValue();
    }

    <E extends Enum<E> & Named> E choice(String field, Class<E> type, E defaultValue) throws SinkConfigException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (defaultValue == null) {
                throw new SinkConfigException(path(field), "required; one of " + Named.list(type));
            }
            return defaultValue;
        }
        if (v.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.jsonName().equals(v.textValue())) {
                    return e;
                }
            }
        }
        throw new SinkConfigException(path(field), "must be one of " + Named.list(type));
    }

    /** Omitted or the mask: keep the stored value. Explicit null: none. Otherwise a new value. */
    Secret secret(String field, int maxLength) throws SinkConfigException {
        JsonNode v = node.get(field);
        if (v == null) {
            return Secret.keep();
        }
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new SinkConfigException(path(field), "must be a string");
        }
        String s = v.textValue();
        if (s.equals(Secret.MASK)) {
            return Secret.keep();
        }
        if (s.isEmpty()) {
            throw new SinkConfigException(path(field), "must not be empty");
        }
        if (s.length() > maxLength) {
            throw new SinkConfigException(path(field), "longer than " + maxLength + " characters");
        }
        return Secret.of(s);
    }

    Fields object(String field) throws SinkConfigException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return new Fields(v, path(field));
    }

    JsonNode raw(String field) {
        return node.get(field);
    }

    Map<String, JsonNode> entries() {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        node.properties().forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    /** Field names come from the document: keep paths short and printable. */
    static String printable(String name) {
        String n = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        return n.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?");
    }

    /** Enums with a JSON spelling. */
    interface Named {
        String jsonName();

        static <E extends Enum<E> & Named> String list(Class<E> type) {
            StringBuilder b = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(e.jsonName());
            }
            return b.toString();
        }
    }
}
