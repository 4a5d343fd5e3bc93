package dev.passkeyautopilot.audit;

/** Whether the audited action succeeded. */
public enum Outcome {
    SUCCESS,
    FAILURE
}
