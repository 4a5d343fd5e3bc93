package dev.passkeyautopilot.privacy;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.IpLiterals;
import dev.passkeyautopilot.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.vocabulary.EventDetail;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one sink may learn about people. Applied to each event before it is formatted for that sink.
 *
 * <h2>hashUserIds</h2>
 * Replaces, by the lowercase hex HMAC-SHA256 of the value's UTF-8 bytes under this sink's key:
 * <ul>
 *   <li>{@code userId} and {@code username};</li>
 *   <li>the details that name a person: {@code username} (Keycloak's typed login name), {@code pa_actor} (the
 *       support agent's user id), {@code email}, {@code previous_email}, {@code updated_email},
 *       {@code identity_provider_identity} (see {@link #PERSON_DETAILS});</li>
 *   <li>in {@code resource_path} (admin events), the path segment after {@code users/};</li>
 *   <li>in {@code representation} (the JSON of an admin event on our resources), the string values of fields
 *       that name a person ({@link #PERSON_FIELDS}, at any depth); a representation that is not JSON is dropped,
 *       since what it holds cannot be told.</li>
 * </ul>
 * Free text an agent typed ({@code pa_support_reason}, and {@code reason} in a representation, see
 * {@link #FREE_TEXT_DETAILS} and {@link #FREE_TEXT_FIELDS}) is replaced by {@link #FREE_TEXT_REMOVED}: it often names
 * the person ("Alice lost her phone") and no rule can find a name in prose, so a sink that must not learn who a
 * user is must not read it either. The marker keeps it visible that a reason was given.
 * The same value under the same key always gives the same hash, so a SIEM can still correlate a user's events;
 * without the key nobody can test a guessed user name against it (which a plain hash would allow). Session,
 * client and realm ids are not personal and stay.
 *
 * <h2>dropIpAddresses</h2>
 * Removes {@code ipAddress} and every detail that holds an address: a detail whose name is one of
 * {@link #ADDRESS_DETAILS}, or whose whole value is an IP literal or a comma/space separated list of them
 * (an X-Forwarded-For copy). Addresses embedded in free text are not searched for: a version such as
 * {@code Chrome 120.0.0.0} would otherwise be mistaken for one.
 *
 * @param key the HMAC key; required (16 bytes or more) when hashUserIds is set
 */
public record Privacy(boolean hashUserIds, boolean dropIpAddresses, byte[] key) {

    public static final Privacy NONE = new Privacy(false, false, null);

    /** Details whose value identifies a person; hashed when {@link #hashUserIds}. */
    public static final Set<String> PERSON_DETAILS = Set.of(
            "username", EventDetail.ACTOR.key(), "email", "previous_email", "updated_email", "identity_provider_identity");

    /** Fields of an admin event's representation whose value identifies a person; hashed when {@link #hashUserIds}. */
    public static final Set<String> PERSON_FIELDS = Set.of(
            "actor", "username", "userId", "user_id", "email", "firstName", "lastName");

    /** Details holding free text typed by a person; replaced by {@link #FREE_TEXT_REMOVED} when {@link #hashUserIds}. */
    public static final Set<String> FREE_TEXT_DETAILS = Set.of(EventDetail.SUPPORT_REASON.key());

    /** Fields of an admin event's representation holding free text; replaced when {@link #hashUserIds}. */
    public static final Set<String> FREE_TEXT_FIELDS = Set.of("reason");

    /** What free text reads after {@link #hashUserIds}. */
    public static final String FREE_TEXT_REMOVED = "[removed: free text]";

    /** Details whose value is a network address; dropped when {@link #dropIpAddresses}. */
    public static final Set<String> ADDRESS_DETAILS = Set.of(
            "ip", "ip_address", "ipaddress", "client_ip", "remote_addr", "remote_address", "x_forwarded_for",
            "forwarded", "pa_ip", "source_ip");

    private static final Pattern USER_IN_PATH = Pattern.compile("(^|/)users/([^/]+)");

    public Privacy {
        if (hashUserIds && (key == null || key.length < 16)) {
            throw new IllegalArgumentException("hashing user ids needs a key of at least 16 bytes");
        }
        key = key == null ? null : key.clone();
    }

    @Override
    public byte[] key() {
        return key == null ? null : key.clone();
    }

    public boolean isNone() {
        return !hashUserIds && !dropIpAddresses;
    }

    public AuditEvent apply(AuditEvent e) {
        if (isNone()) {
            return e;
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (Map.Entry<String, String> d : e.details().entrySet()) {
            String k = d.getKey();
            String v = d.getValue();
            if (dropIpAddresses && (ADDRESS_DETAILS.contains(k.toLowerCase(Locale.ROOT)) || IpLiterals.isIpList(v))) {
                continue;
            }
            if (hashUserIds && PERSON_DETAILS.contains(k)) {
                v = hash(v);
            } else if (hashUserIds && FREE_TEXT_DETAILS.contains(k)) {
                v = v == null ? null : FREE_TEXT_REMOVED;
            } else if (hashUserIds && k.equals("resource_path")) {
                v = hashUsersInPath(v);
            } else if (hashUserIds && k.equals("representation")) {
                v = hashPeopleInRepresentation(v);
                if (v == null) {
                    continue;
                }
            }
            details.put(k, v);
        }
        return new AuditEvent(e.id(), e.time(), e.realmId(), e.realmName(), e.type(), e.category(), e.outcome(),
                e.error(),
                hashUserIds ? hash(e.userId()) : e.userId(),
                hashUserIds ? hash(e.username()) : e.username(),
                e.sessionId(), e.clientId(),
                dropIpAddresses ? null : e.ipAddress(),
                details);
    }

    /** The keyed hash used for user ids and names (null stays null). */
    public String hash(String value) {
        if (value == null) {
            return null;
        }
        if (key == null) {
            throw new IllegalStateException("no hashing key");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 unavailable", ex);
        }
    }

    private String hashUsersInPath(String path) {
        Matcher m = USER_IN_PATH.matcher(path);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + "users/" + hash(m.group(2))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** @return the representation with people's fields hashed, or null when it is not JSON */
    private String hashPeopleInRepresentation(String representation) {
        JsonNode node;
        try {
            node = Json.parse(representation);
        } catch (IllegalArgumentException e) {
            return null;
        }
        hashPeople(node);
        return Json.write(node);
    }

    private void hashPeople(JsonNode node) {
        if (node instanceof ObjectNode object) {
            // a snapshot of the names: the loop replaces values
            for (String name : object.properties().stream().map(Map.Entry::getKey).toList()) {
                JsonNode value = object.get(name);
                if (PERSON_FIELDS.contains(name) && value.isTextual()) {
                    object.put(name, hash(value.asText()));
                } else if (FREE_TEXT_FIELDS.contains(name) && value.isTextual()) {
                    object.put(name, FREE_TEXT_REMOVED);
                } else {
                    hashPeople(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::hashPeople);
        }
    }

    // Arrays in records compare by identity; two policies with equal keys are the same policy.
    @Override
    public boolean equals(Object o) {
        return o instanceof Privacy p && p.hashUserIds == hashUserIds && p.dropIpAddresses == dropIpAddresses
                && MessageDigest.isEqual(p.key == null ? new byte[0] : p.key, key == null ? new byte[0] : key)
                && (p.key == null) == (key == null);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(hashUserIds) * 31 + Boolean.hashCode(dropIpAddresses);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "Privacy[hashUserIds=" + hashUserIds + ", dropIpAddresses=" + dropIpAddresses
                + ", key=" + (key == null ? "none" : "********") + "]";
    }
}
