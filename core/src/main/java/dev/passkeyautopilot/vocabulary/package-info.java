/**
 * The words of the domain that leave the JVM: operation kinds, outcomes and their classification, login
 * methods, append outcomes and the names of the details we add to events. Each wire value is written here
 * once; events, stored operations, the REST API, the support console and KPI reports use these types, and
 * {@code WireValuesTest} pins every value so that a rename cannot slip into a SIEM stream or stored rows.
 * Decision and reason codes live with the intelligence ({@code Decision}, {@code Reason}) and WebAuthn
 * failure codes with the ceremonies ({@code FailureReason}); the same test pins them.
 *
 * <p>No Keycloak type is used here.
 */
package dev.passkeyautopilot.vocabulary;
