package dev.passkeyautopilot.vocabulary;

/**
 * The details we add to Keycloak events and to our own audit events. The {@link #key()} values are a public
 * contract (docs/admin-guide.md and docs/siem-guide.md list them): SIEM rules and support tooling match on them.
 */
public enum EventDetail {
    /** A {@link LoginMethod} code. */
    LOGIN_METHOD("pa_login_method"),
    /** A {@code FailureReason} code, or an append outcome reason. */
    REASON("pa_reason"),
    /** The DOMException name the page reported. */
    CLIENT_ERROR("pa_client_error"),
    DURATION_MS("pa_duration_ms"),
    OS("pa_os"),
    BROWSER("pa_browser"),
    DEVICE_CLASS("pa_device_class"),
    /** Comma-separated reasons why page signals were ignored. */
    SIGNALS_IGNORED("pa_signals_ignored"),
    /** "true" when the signature counter went backwards. */
    POSSIBLE_CLONE("pa_possible_clone"),
    /** An {@link AppendOutcome} code. */
    APPEND_OUTCOME("pa_append_outcome"),
    SYNCED("pa_synced"),
    /** The intelligence's decision: a {@code Decision} code. */
    DECISION("pa_decision"),
    /** Comma-separated {@code Reason} codes of that decision. */
    DECISION_REASONS("pa_decision_reasons"),
    /** The RFC 8176 methods of the login so far, comma-separated (as in the amr claim), e.g. {@code pwd,hwk,user,mfa}. */
    AMR("pa_amr"),
    /** The user's experiment arms, "experiment:arm" comma-separated (see docs/rollout.md). */
    EXPERIMENTS("pa_experiments"),
    /** A support action: revoke, revoke-all, reset-mfa, setup-email. */
    SUPPORT_ACTION("pa_support_action"),
    /** The free-text reason a support agent gave. */
    SUPPORT_REASON("pa_support_reason"),
    /** The user id of whoever acted (a support agent, an admin). */
    ACTOR("pa_actor"),
    /** The realm id of that actor. */
    ACTOR_REALM("pa_actor_realm"),
    /** Passkey operation events: the operation's id. */
    OPERATION_ID("pa_operation_id"),
    /** Passkey operation events: an {@link OperationKind} code. */
    OPERATION_KIND("pa_operation_kind"),
    /** Passkey operation events: whether the prompt started by itself. */
    AUTOMATIC("pa_automatic"),
    /** Passkey operation events: an {@link Outcome} or failure code. */
    OUTCOME("pa_outcome"),
    /** Passkey operation events: how long the decision took, in microseconds. */
    DECISION_MICROS("pa_decision_micros"),
    /** A set-up email refused by the cooldown: the seconds until the next may be sent (the {@code Retry-After} answered). */
    RETRY_AFTER_SECONDS("pa_retry_after_seconds"),
    /** A change on the user's passkey list: a {@link ListAction} code. */
    LIST_ACTION("pa_list_action"),
    /** The passkey's provider name from Keycloak's AAGUID metadata, e.g. "Google Password Manager". */
    PROVIDER("pa_provider"),
    /** A renamed passkey's label before the change. */
    PREVIOUS_LABEL("pa_previous_label");

    private final String key;

    EventDetail(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
