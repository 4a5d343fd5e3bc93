package dev.passkeyautopilot.events;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import org.keycloak.events.EventBuilder;

/**
 * Names of the details we add to Keycloak events. They are a public contract (docs/admin-guide.md lists
 * them): SIEM rules and support tooling match on them.
 */
public final class PasskeyEventDetails {

    /** {@code passkey_automatic}, {@code passkey_autofill} or {@code password}. */
    public static final String LOGIN_METHOD = "pa_login_method";
    /** A {@link dev.passkeyautopilot.webauthn.FailureReason} code, or an append outcome reason. */
    public static final String REASON = "pa_reason";
    /** The DOMException name the page reported. */
    public static final String CLIENT_ERROR = "pa_client_error";
    public static final String DURATION_MS = "pa_duration_ms";
    public static final String OS = "pa_os";
    public static final String BROWSER = "pa_browser";
    public static final String DEVICE_CLASS = "pa_device_class";
    /** Comma-separated reasons why page signals were ignored. */
    public static final String SIGNALS_IGNORED = "pa_signals_ignored";
    /** "true" when the signature counter went backwards. */
    public static final String POSSIBLE_CLONE = "pa_possible_clone";
    /** For append events: {@code created}, {@code skipped}, {@code failed}. */
    public static final String APPEND_OUTCOME = "pa_append_outcome";
    public static final String SYNCED = "pa_synced";
    /** The intelligence's decision for this login: auto_passkey, conditional_only, button_only, fallback. */
    public static final String DECISION = "pa_decision";
    /** Comma-separated reason codes of that decision. */
    public static final String DECISION_REASONS = "pa_decision_reasons";
    /** The RFC 8176 methods of the login so far, comma-separated (as in the amr claim), e.g. {@code pwd,hwk,user,mfa}. */
    public static final String AMR = "pa_amr";

    /** The user's experiment arms, "experiment:arm" comma-separated (see docs/rollout.md). */
    public static final String EXPERIMENTS = "pa_experiments";
    /** Auth note carrying {@link #EXPERIMENTS} from the step that knew the user to every later event. */
    public static final String EXPERIMENTS_NOTE = "pa.experiments";

    private PasskeyEventDetails() {
    }

    public static EventBuilder experiments(EventBuilder event, org.keycloak.sessions.AuthenticationSessionModel authSession) {
        String experiments = authSession.getAuthNote(EXPERIMENTS_NOTE);
        return experiments == null ? event : event.detail(EXPERIMENTS, experiments);
    }

    public static EventBuilder environment(EventBuilder event, Environment environment, ClientSignals signals) {
        event.detail(OS, environment.osFamily() + " " + environment.osVersion())
                .detail(BROWSER, environment.browserFamily() + " " + environment.browserVersion())
                .detail(DEVICE_CLASS, environment.deviceClass());
        if (!signals.ignored().isEmpty()) {
            event.detail(SIGNALS_IGNORED, String.join(",", signals.ignored()));
        }
        return event;
    }
}
