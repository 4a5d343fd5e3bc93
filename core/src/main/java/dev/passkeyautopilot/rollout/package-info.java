/**
 * Rollout: the pure rule engine that decides, per realm, feature and request, whether a passkey feature is on
 * for this user ({@link dev.passkeyautopilot.rollout.RolloutEvaluator#evaluate}), and which arm of an A/B/n
 * experiment a user is in ({@link dev.passkeyautopilot.rollout.RolloutEvaluator#assignment}).
 *
 * <p>A realm's {@link dev.passkeyautopilot.rollout.RuleSet} is stored as JSON and read and written only through
 * {@link dev.passkeyautopilot.rollout.RuleSetJson}, which refuses invalid documents with a
 * {@link dev.passkeyautopilot.rollout.RuleSetValidationException} naming the bad field. CIDR ranges and versions
 * are parsed once, when the rule set is built, so evaluation does no parsing of the rules.
 *
 * <p>No Keycloak or JPA types appear here: callers translate the user, the client and the request into a
 * {@link dev.passkeyautopilot.rollout.RolloutRequest}. Everything is immutable and thread-safe. The rule
 * language is documented in {@code docs/rollout.md}.
 */
package dev.passkeyautopilot.rollout;
