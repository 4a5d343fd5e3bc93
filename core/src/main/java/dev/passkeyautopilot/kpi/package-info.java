/**
 * KPI statistics: the pure arithmetic behind an experiment readout. For each arm of an A/B/n experiment, the
 * conversion rate (passkeys created ÷ offers shown) with its Wilson score interval; for each arm against the
 * control arm, the difference of rates with Newcombe's hybrid score interval and the pooled two-proportion
 * z-test; and for the experiment, the sample-ratio-mismatch check of the arms' assigned counts against the
 * configured weights.
 *
 * <p>No Keycloak or JPA types appear here: callers count operations per arm and hand in
 * {@link dev.passkeyautopilot.kpi.ArmCounts}; {@link dev.passkeyautopilot.kpi.ExperimentReadout#of} does the
 * rest. Everything is immutable and thread-safe. Where a quantity is undefined (no offers, a single arm, no
 * assigned users) it is absent rather than zero or NaN. Formulas, thresholds and references are in
 * {@code docs/kpi.md}, section "Experiment readout statistics".
 */
package dev.passkeyautopilot.kpi;
