/**
 * The operation export ({@code GET .../kpi/export}, docs/kpi.md section Export): the row of one passkey operation,
 * its columns in their documented order (written once, in {@link ExportColumns}), the CSV and NDJSON writers, the
 * period and format a request may ask for, and the pseudonyms that stand for user ids. No Keycloak type here.
 */
package dev.passkeyautopilot.export;
