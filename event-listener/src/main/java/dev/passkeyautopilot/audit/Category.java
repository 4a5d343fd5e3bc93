package dev.passkeyautopilot.audit;

/** What an {@link AuditEvent} is about; selects the OCSF class, the ECS category and the CEF {@code cat}. */
public enum Category {
    /** Sign-in attempts, their outcome and logout. */
    AUTHENTICATION,
    /** A user's credentials or account changed (passkey created or removed, password changed, support actions). */
    ACCOUNT_CHANGE,
    /** An administrator changed the realm's configuration or users through the admin API. */
    ADMIN
}
