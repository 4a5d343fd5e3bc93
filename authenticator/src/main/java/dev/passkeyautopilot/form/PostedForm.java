package dev.passkeyautopilot.form;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.SignalApiReport;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.http.HttpRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A form our pages posted, after the size check every one of them gets. Only the first value of each
 * field counts.
 */
public final class PostedForm {

    /** No legitimate page of ours posts more; anything larger is refused before any field is read. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final String ACTION = "pa_action";
    public static final String CLIENT_ERROR = "pa_error";
    public static final String DURATION = "pa_duration_ms";
    private static final Pattern DOM_EXCEPTION_NAME = Pattern.compile("[A-Za-z]{1,40}");

    private final MultivaluedMap<String, String> fields;

    private PostedForm(MultivaluedMap<String, String> fields) {
        this.fields = fields;
    }

    /** @throws RequestTooLargeException when the declared or actual body is over {@link #MAX_BODY_BYTES} */
    public static PostedForm read(HttpRequest request) throws RequestTooLargeException {
        String declared = request.getHttpHeaders().getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_BODY_BYTES) {
                    throw new RequestTooLargeException();
                }
            } catch (NumberFormatException e) {
                // a broken header is the server's concern; the decoded size below still counts
            }
        }
        MultivaluedMap<String, String> fields = request.getDecodedFormParameters();
        long size = 0;
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            size += field.getKey().length();
            for (String value : field.getValue()) {
                size += value == null ? 0 : value.length();
            }
        }
        if (size > MAX_BODY_BYTES) {
            throw new RequestTooLargeException();
        }
        return new PostedForm(fields);
    }

    public String get(String field) {
        return fields.getFirst(field);
    }

    public MultivaluedMap<String, String> fields() {
        return fields;
    }

    public String action() {
        String action = get(ACTION);
        return action == null ? "" : action;
    }

    /** Whether the page reported the Signal API (see {@link SignalApiReport}). */
    public java.util.Optional<Boolean> signalApi() {
        return SignalApiReport.of(get(ClientSignals.CAPABILITIES_FIELD));
    }

    public ClientSignals signals() {
        return ClientSignals.parse(get(ClientSignals.DEVICE_FIELD), get(ClientSignals.CAPABILITIES_FIELD));
    }

    /** The DOMException name a page reported, if it looks like one (it ends up in events). */
    public Optional<String> clientError() {
        String error = get(CLIENT_ERROR);
        return error != null && DOM_EXCEPTION_NAME.matcher(error).matches() ? Optional.of(error) : Optional.empty();
    }

    /** Milliseconds the browser ceremony took, as the page measured it; absent when missing or implausible. */
    public Optional<Long> durationMillis() {
        String value = get(DURATION);
        if (value == null || value.length() > 9) {
            return Optional.empty();
        }
        try {
            long millis = Long.parseLong(value);
            return millis >= 0 ? Optional.of(millis) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
