/**
 * The rules of the user's passkey list ("Your passkeys"): where a passkey lives in words people understand,
 * and what makes a label acceptable. Keycloak-free; the page itself is in the authenticator module.
 */
package dev.passkeyautopilot.passkeylist;
