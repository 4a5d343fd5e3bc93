package dev.passkeyautopilot.events;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.session.AttemptNotes;
import dev.passkeyautopilot.vocabulary.EventDetail;
import org.keycloak.events.EventBuilder;

/**
 * The details we add to Keycloak events, as constants for Keycloak's string-keyed {@code EventBuilder}: each is
 * its {@link EventDetail}'s key, the vocabulary's one spelling of the wire value. Plus the helpers that add the
 * environment and experiment arms of a login attempt.
 */
public final class PasskeyEventDetails {

    public static final String LOGIN_METHOD = EventDetail.LOGIN_METHOD.key();
    public static final String REASON = EventDetail.REASON.key();
    public static final String CLIENT_ERROR = EventDetail.CLIENT_ERROR.key();
    public static final String DURATION_MS = EventDetail.DURATION_MS.key();
    public static final String OS = EventDetail.OS.key();
    public static final String BROWSER = EventDetail.BROWSER.key();
    public static final String DEVICE_CLASS = EventDetail.DEVICE_CLASS.key();
    public static final String SIGNALS_IGNORED = EventDetail.SIGNALS_IGNORED.key();
    public static final String POSSIBLE_CLONE = EventDetail.POSSIBLE_CLONE.key();
    public static final String APPEND_OUTCOME = EventDetail.APPEND_OUTCOME.key();
    public static final String SYNCED = EventDetail.SYNCED.key();
    public static final String DECISION = EventDetail.DECISION.key();
    public static final String DECISION_REASONS = EventDetail.DECISION_REASONS.key();
    public static final String AMR = EventDetail.AMR.key();
    public static final String EXPERIMENTS = EventDetail.EXPERIMENTS.key();
    public static final String LIST_ACTION = EventDetail.LIST_ACTION.key();
    public static final String PROVIDER = EventDetail.PROVIDER.key();
    public static final String PREVIOUS_LABEL = EventDetail.PREVIOUS_LABEL.key();

    private PasskeyEventDetails() {
    }

    public static EventBuilder experiments(EventBuilder event, org.keycloak.sessions.AuthenticationSessionModel authSession) {
        return AttemptNotes.of(authSession).experiments().map(experiments -> event.detail(EXPERIMENTS, experiments)).orElse(event);
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
