package dev.passkeyautopilot.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * The answers of the support REST API (docs/support/api.md), serialized by Keycloak's Jackson. Keycloak's mapper
 * leaves nulls out; ours are part of the documented shape ("no email" is {@code "email": null}), hence
 * {@link JsonInclude.Include#ALWAYS} on each.
 */
public final class SupportRepresentations {

    private SupportRepresentations() {
    }

    /** @param createdTimestamp only in the overview, not in search results */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record UserIdentity(String id, String username, String email, String firstName, String lastName, boolean enabled,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long createdTimestamp) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record UserSearch(List<UserIdentity> users) {
    }

    /** The support roles the caller holds (composites and realm administrators included). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Caller(List<String> roles) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Overview(UserIdentity user, Mfa mfa, List<PasskeyView> passkeys, Permissions permissions) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Permissions(boolean canAct) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Mfa(boolean password, int otp, PasskeyCounts passkeys, boolean mfaRequired, String mfaRequiredBecause, LastLoginView lastLogin) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PasskeyCounts(int total, int synced, int deviceBound, int unknown) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LastLoginView(long time, List<String> factors) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Provider(String name, String icon) {
    }

    /** @param crossDevice a synced passkey reaches other devices by itself; hybrid lets a phone sign in here by QR code */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PasskeyView(String id, String label, Provider provider, Boolean synced, String attachment, List<String> transports,
                       boolean crossDevice, String createdOs, String createdOsVersion, String createdBrowser, String createdBrowserVersion,
                       Long created, Long lastUsed, int useCount, boolean cloneSuspected) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Timeline(List<OperationView> operations, int first, int max) {
    }

    /** @param outcomeClass how the outcome counts ({@code OutcomeClass}), so the console never classifies by itself */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OperationView(String id, String kind, long time, Long durationMs, String outcome, String outcomeClass, String decision,
                         List<String> reasons, boolean automatic, EnvironmentView environment, String credentialId, String passkeyLabel) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EnvironmentView(String osFamily, String osVersion, String browserFamily, String browserVersion, String deviceClass) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Revoked(List<String> revoked) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MfaReset(List<String> removed, List<String> requiredActions) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SetupEmailSent(boolean sent) {
    }

    /** The representation of a support action's admin event: who, why and what, then the fields of the answer the agent got. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SupportAudit(String action, String reason, String actor, @JsonUnwrapped Record result) {
    }
}
