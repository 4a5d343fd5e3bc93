package dev.passkeyautopilot.export;

/**
 * One passkey operation as the export writes it. Text fields may be null (not known, not applicable).
 *
 * @param startedAt       when the operation started, epoch milliseconds
 * @param user            a pseudonym, or the Keycloak user id when the caller asked for ids (see {@link Pseudonyms})
 * @param decisionReasons comma-separated reason codes
 * @param durationMs      the ceremony duration the page reported, null when it reported none
 * @param method          the login method the operation ended with (a {@code LoginMethod} code)
 * @param arms            the user's experiment arms, {@code experiment:arm} comma-separated
 * @param client          the Keycloak client id of the login
 */
public record ExportRow(String operationId, long startedAt, String user, String kind, String decision, String decisionReasons,
                        boolean automatic, String outcome, String osFamily, String osVersion, String browserFamily,
                        String browserVersion, String deviceClass, Long durationMs, String method, String arms,
                        String client) {

    /** The same row for another user value (a pseudonym in place of the id). */
    public ExportRow withUser(String otherUser) {
        return new ExportRow(operationId, startedAt, otherUser, kind, decision, decisionReasons, automatic, outcome, osFamily, osVersion,
                browserFamily, browserVersion, deviceClass, durationMs, method, arms, client);
    }
}
