/**
 * The tags of the passkey meters on Keycloak's {@code /metrics}: every value from a fixed list, so that no user
 * agent, however unusual, can add a time series (docs/kpi.md, section Metrics). Micrometer itself is Keycloak
 * glue and lives in {@code authenticator}; this package only decides the values and knows no Micrometer type.
 */
package dev.passkeyautopilot.metrics;
