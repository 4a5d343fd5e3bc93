package dev.passkeyautopilot.vocabulary;

import dev.passkeyautopilot.intelligence.Decision;
import dev.passkeyautopilot.intelligence.Reason;
import dev.passkeyautopilot.webauthn.FailureReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every value that leaves the JVM (events, stored rows, REST, docs), written out. A rename fails here first:
 * change a value only together with the docs, a migration of stored rows and a note for SIEM owners.
 */
class WireValuesTest {

    private static <E extends Enum<E>> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }

    @Test
    @DisplayName("Operation kinds")
    void operationKinds() {
        assertEquals(List.of("login", "append", "second_factor"), codes(OperationKind.values(), OperationKind::code));
    }

    @Test
    @DisplayName("Outcomes other than failures")
    void outcomes() {
        assertEquals(List.of("pending", "success", "upgraded", "not_offered", "skipped", "deferred", "passkey_button_chosen", "password_chosen",
                "fallback_chosen"), codes(Outcome.values(), Outcome::code));
    }

    @Test
    @DisplayName("Outcome classes")
    void outcomeClasses() {
        assertEquals(List.of("pending", "success", "failure", "user_choice", "not_offered"), codes(OutcomeClass.values(), OutcomeClass::code));
    }

    @Test
    @DisplayName("Failure codes")
    void failureReasons() {
        assertEquals(List.of("not_allowed", "cancelled", "timeout", "invalid_state", "security_error", "not_supported", "client_error",
                "request_too_large", "malformed_response", "challenge_missing", "challenge_expired", "bad_challenge", "bad_origin",
                "bad_rp_id", "bad_type", "user_not_present", "user_not_verified", "bad_signature", "counter_regressed",
                "backup_flags_inconsistent", "unknown_credential", "user_handle_mismatch", "bad_attestation", "algorithm_not_allowed",
                "verification_failed", "regulated_mode"), codes(FailureReason.values(), FailureReason::code));
    }

    @Test
    @DisplayName("Login methods")
    void loginMethods() {
        assertEquals(List.of("passkey_automatic", "passkey_autofill", "passkey_button", "passkey_second_factor", "password"),
                codes(LoginMethod.values(), LoginMethod::code));
    }

    @Test
    @DisplayName("Sign-in methods and append stages of the KPI rows")
    void signInMethodsAndAppendStages() {
        assertEquals(List.of("passkey", "password", "identity_provider", "other"), codes(SignInMethod.values(), SignInMethod::code));
        assertEquals(List.of("not_eligible", "rollout_excluded", "intelligence_declined", "deferred", "offered"),
                codes(AppendStage.values(), AppendStage::code));
    }

    @Test
    @DisplayName("Append outcomes in events")
    void appendOutcomes() {
        assertEquals(List.of("created", "skipped", "failed", "upgraded"), codes(AppendOutcome.values(), AppendOutcome::code));
        assertEquals("user_chose_not_now", AppendOutcome.NOT_NOW_REASON);
    }

    @Test
    @DisplayName("Decisions")
    void decisions() {
        assertEquals(List.of("auto_passkey", "conditional_only", "button_only", "fallback"), codes(Decision.values(), Decision::code));
    }

    @Test
    @DisplayName("Decision reasons")
    void reasons() {
        assertEquals(List.of("no_passkeys", "no_webauthn", "passkey_created_in_this_browser", "passkey_used_in_this_browser",
                "synced_passkey_same_ecosystem", "device_bound_passkey_other_device", "provider_not_available_on_platform",
                "third_party_provider", "security_key", "mobile_device", "no_platform_authenticator", "platform_authenticator_available",
                "hybrid_available", "hybrid_not_available", "cross_device_disabled", "recent_failures_in_environment",
                "realm_failures_in_environment", "decision_not_allowed", "conditional_ui_available", "conditional_ui_not_available",
                "signals_missing", "rollout_excluded", "regulated_mode", "no_password_login", "snoozed", "passkey_usable_here",
                "cannot_create_here", "offer", "passkey_failed_in_this_login", "no_passkey_usable_here"),
                codes(Reason.values(), Reason::code));
    }

    @Test
    @DisplayName("Event detail names")
    void eventDetails() {
        assertEquals(List.of("pa_login_method", "pa_reason", "pa_client_error", "pa_duration_ms", "pa_os", "pa_browser",
                "pa_device_class", "pa_signals_ignored", "pa_possible_clone", "pa_append_outcome", "pa_synced", "pa_decision",
                "pa_decision_reasons", "pa_amr", "pa_experiments", "pa_support_action", "pa_support_reason", "pa_actor",
                "pa_actor_realm", "pa_operation_id", "pa_operation_kind", "pa_automatic", "pa_outcome", "pa_decision_micros",
                "pa_retry_after_seconds", "pa_list_action", "pa_provider", "pa_previous_label"),
                codes(EventDetail.values(), EventDetail::key));
    }

    @Test
    @DisplayName("Passkey list actions and refusals")
    void listActions() {
        assertEquals(List.of("rename", "delete", "create"), codes(ListAction.values(), ListAction::code));
        assertEquals(List.of("unknown_passkey", "label_empty", "label_too_long", "label_invalid", "label_taken", "stale_form",
                "reauthentication_required", "add_not_offered"), codes(ListAction.Refusal.values(), ListAction.Refusal::code));
    }

    @Test
    @DisplayName("Classification: the one place that decides what counts as success, failure or a choice")
    void classification() {
        assertEquals(OutcomeClass.SUCCESS, OutcomeClass.of("success"));
        assertEquals(OutcomeClass.SUCCESS, OutcomeClass.of("upgraded"));
        assertEquals(OutcomeClass.PENDING, OutcomeClass.of("pending"));
        assertEquals(OutcomeClass.NOT_OFFERED, OutcomeClass.of("not_offered"));
        for (String choice : List.of("skipped", "deferred", "passkey_button_chosen", "password_chosen", "fallback_chosen")) {
            assertEquals(OutcomeClass.USER_CHOICE, OutcomeClass.of(choice), choice);
        }
        for (FailureReason reason : FailureReason.values()) {
            assertEquals(OutcomeClass.FAILURE, OutcomeClass.of(reason.code()), reason.code());
        }
        assertEquals(OutcomeClass.FAILURE, OutcomeClass.of("some_code_of_a_later_release"));
    }

    @Test
    @DisplayName("Learning: a prompt left for the password or another factor did not work; a click on the passkey button did")
    void promptDidNotWork() {
        assertTrue(Outcome.promptDidNotWork("cancelled"));
        assertTrue(Outcome.promptDidNotWork("password_chosen"));
        assertTrue(Outcome.promptDidNotWork("fallback_chosen"));
        assertFalse(Outcome.promptDidNotWork("passkey_button_chosen"));
        assertFalse(Outcome.promptDidNotWork("success"));
        assertFalse(Outcome.promptDidNotWork("pending"));
        assertFalse(Outcome.promptDidNotWork("skipped"));
    }
}
