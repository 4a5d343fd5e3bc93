package dev.passkeyautopilot.support;

import dev.passkeyautopilot.admin.AdminRequestException;
import dev.passkeyautopilot.mfa.MfaStatus;
import dev.passkeyautopilot.mfa.MfaStatusReader;
import dev.passkeyautopilot.operation.PasskeyOperationEntity;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.PasskeyDetails;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.support.SupportRepresentations.Caller;
import dev.passkeyautopilot.support.SupportRepresentations.EnvironmentView;
import dev.passkeyautopilot.support.SupportRepresentations.LastLoginView;
import dev.passkeyautopilot.support.SupportRepresentations.Mfa;
import dev.passkeyautopilot.support.SupportRepresentations.MfaReset;
import dev.passkeyautopilot.support.SupportRepresentations.OperationView;
import dev.passkeyautopilot.support.SupportRepresentations.Overview;
import dev.passkeyautopilot.support.SupportRepresentations.PasskeyCounts;
import dev.passkeyautopilot.support.SupportRepresentations.PasskeyView;
import dev.passkeyautopilot.support.SupportRepresentations.Permissions;
import dev.passkeyautopilot.support.SupportRepresentations.Provider;
import dev.passkeyautopilot.support.SupportRepresentations.Revoked;
import dev.passkeyautopilot.support.SupportRepresentations.SetupEmailSent;
import dev.passkeyautopilot.support.SupportRepresentations.Timeline;
import dev.passkeyautopilot.support.SupportRepresentations.UserIdentity;
import dev.passkeyautopilot.support.SupportRepresentations.UserSearch;
import dev.passkeyautopilot.vocabulary.Outcome;
import dev.passkeyautopilot.vocabulary.OutcomeClass;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /admin/realms/{realm}/passkey-autopilot/support}: what a support agent needs about one user (find,
 * overview, timeline) and the few safe actions (revoke passkeys, reset MFA, send the set-up email). Every
 * endpoint checks its support role ({@link SupportRoles}) and Keycloak's own permission on the user; every
 * action needs a reason and leaves an admin event and a user event. Answers are {@link SupportRepresentations};
 * refusals are {@link AdminRequestException}s.
 */
public class SupportResource {

    static final int MAX_SEARCH_RESULTS = 50;
    static final int MAX_TIMELINE_PAGE = 200;
    private static final int MAX_QUERY_LENGTH = 255;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final UserPasskeys passkeys;
    private final SupportActions actions;

    public SupportResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent,
                           UserPasskeys passkeys) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.passkeys = passkeys;
        this.actions = new SupportActions(session, realm, auth, adminEvent);
    }

    /**
     * The support roles the caller holds. A caller without any is refused (403) here, before anything else: the
     * console tells such a user so as soon as they arrive, instead of refusing their first search.
     */
    @GET
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    public Caller me() {
        List<String> roles = Stream.of(SupportRoles.VIEWER, SupportRoles.AGENT, SupportRoles.ANALYTICS, SupportRoles.ADMIN)
                .filter(role -> SupportRoles.has(auth, realm, role))
                .toList();
        if (roles.isEmpty()) {
            throw AdminRequestException.forbidden("You need a support role of the " + SupportRoles.CLIENT_ID + " client for this console.");
        }
        return new Caller(roles);
    }

    /** Finds users by id, username or email (exact), else by Keycloak's search (username, email, names). */
    @GET
    @Path("users")
    @Produces(MediaType.APPLICATION_JSON)
    public UserSearch search(@QueryParam("q") String query, @QueryParam("max") Integer max) {
        requireRole(SupportRoles.VIEWER);
        if (query == null || query.isBlank()) {
            throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "q", "Enter a username, email or user id.");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "q", "The search text is too long.");
        }
        int limit = max == null ? 20 : Math.max(1, Math.min(max, MAX_SEARCH_RESULTS));
        String q = query.trim();
        Stream<UserModel> exact = Stream.of(
                        session.users().getUserById(realm, q),
                        session.users().getUserByUsername(realm, q),
                        byEmail(q))
                .filter(Objects::nonNull);
        Stream<UserModel> found = auth.users().canQuery()
                ? Stream.concat(exact, session.users().searchForUserStream(realm, Map.of(UserModel.SEARCH, q), 0, limit))
                : exact;
        List<UserIdentity> users = found.filter(auth.users()::canView)
                .collect(Collectors.toMap(UserModel::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new))
                .values().stream().limit(limit)
                .map(user -> identity(user, null))
                .toList();
        return new UserSearch(users);
    }

    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Overview overview(@PathParam("userId") String userId) {
        requireRole(SupportRoles.VIEWER);
        UserModel user = viewableUser(userId);
        return new Overview(identity(user, user.getCreatedTimestamp()), mfa(new MfaStatusReader(session).read(realm, user)),
                passkeyList(user), new Permissions(SupportRoles.has(auth, realm, SupportRoles.AGENT) && auth.users().canManage(user)));
    }

    @GET
    @Path("users/{userId}/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    public Timeline timeline(@PathParam("userId") String userId, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        requireRole(SupportRoles.VIEWER);
        UserModel user = viewableUser(userId);
        int from = first == null ? 0 : first;
        int size = max == null ? 50 : max;
        if (from < 0) {
            throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "first", "first must be 0 or more.");
        }
        if (size < 1 || size > MAX_TIMELINE_PAGE) {
            throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, "max",
                    "max must be between 1 and " + MAX_TIMELINE_PAGE + ".");
        }
        Map<String, String> labels = user.credentialManager().getStoredCredentialsStream()
                .filter(c -> c.getUserLabel() != null)
                .collect(Collectors.toMap(CredentialModel::getId, CredentialModel::getUserLabel, (a, b) -> a));
        List<OperationView> operations = new PasskeyOperations(session).timeline(realm, user, from, size).stream()
                .map(operation -> operation(operation, labels))
                .toList();
        return new Timeline(operations, from, size);
    }

    @POST
    @Path("users/{userId}/passkeys/{credentialId}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Revoked revoke(@PathParam("userId") String userId, @PathParam("credentialId") String credentialId, String body) {
        UserModel user = actionableUser(userId);
        ActionRequest request = ActionRequest.parse(body);
        CredentialModel passkey = user.credentialManager().getStoredCredentialById(credentialId);
        if (passkey == null || !UserPasskeys.CREDENTIAL_TYPE.equals(passkey.getType())) {
            throw AdminRequestException.notFound("passkey_not_found", null, "This user has no such passkey.");
        }
        return actions.revoke(user, List.of(passkey), request.reason(), "revoke_passkey");
    }

    @POST
    @Path("users/{userId}/passkeys/revoke-all")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Revoked revokeAll(@PathParam("userId") String userId, String body) {
        UserModel user = actionableUser(userId);
        ActionRequest request = ActionRequest.parse(body);
        List<CredentialModel> all = user.credentialManager().getStoredCredentialsByTypeStream(UserPasskeys.CREDENTIAL_TYPE).toList();
        return actions.revoke(user, all, request.reason(), "revoke_all_passkeys");
    }

    @POST
    @Path("users/{userId}/mfa/reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public MfaReset resetMfa(@PathParam("userId") String userId, String body) {
        UserModel user = actionableUser(userId);
        return actions.resetMfa(user, ActionRequest.parse(body).reason());
    }

    @POST
    @Path("users/{userId}/passkey-setup-email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SetupEmailSent sendSetupEmail(@PathParam("userId") String userId, String body) {
        UserModel user = actionableUser(userId);
        return actions.sendSetupEmail(user, ActionRequest.parse(body).reason());
    }

    // --- views -----------------------------------------------------------------------------------------------

    private static UserIdentity identity(UserModel user, Long createdTimestamp) {
        return new UserIdentity(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName(), user.isEnabled(),
                createdTimestamp);
    }

    private static Mfa mfa(MfaStatus status) {
        MfaStatus.Passkeys passkeys = status.passkeys();
        return new Mfa(status.password(), status.otp(),
                new PasskeyCounts(passkeys.total(), passkeys.synced(), passkeys.deviceBound(), passkeys.unknown()),
                status.mfaRequired(), status.mfaRequiredBecause(),
                status.lastLogin().map(last -> new LastLoginView(last.time(), last.methods())).orElse(null));
    }

    private static OperationView operation(PasskeyOperationEntity operation, Map<String, String> labels) {
        List<String> reasons = operation.getDecisionReasons() == null ? List.of()
                : Arrays.stream(operation.getDecisionReasons().split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        // rows written before the pending outcome existed have none: they were never finished
        String outcome = operation.getOutcome();
        String outcomeClass = OutcomeClass.of(outcome == null ? Outcome.PENDING.code() : outcome).code();
        return new OperationView(operation.getId(), operation.getKind(), operation.getStartedAt(), operation.getDurationMs(), outcome,
                outcomeClass, operation.getDecision(), reasons, operation.isAutomatic(),
                new EnvironmentView(operation.getOsFamily(), operation.getOsVersion(), operation.getBrowserFamily(),
                        operation.getBrowserVersion(), operation.getDeviceClass()),
                operation.getCredentialId(), operation.getCredentialId() == null ? null : labels.get(operation.getCredentialId()));
    }

    private List<PasskeyView> passkeyList(UserModel user) {
        Map<String, CredentialModel> credentials = user.credentialManager().getStoredCredentialsByTypeStream(UserPasskeys.CREDENTIAL_TYPE)
                .collect(Collectors.toMap(CredentialModel::getId, Function.identity()));
        List<PasskeyView> list = new ArrayList<>();
        for (Passkey passkey : passkeys.list(realm, user)) {
            Optional<PasskeyDetails> details = passkey.details();
            String provider = passkey.aaguid() == null ? null : passkeys.providerName(passkey.aaguid()).orElse(null);
            var transports = passkey.stored().transports();
            Boolean synced = details.map(PasskeyDetails::backupEligible).orElse(passkey.stored().backupEligible());
            CredentialModel credential = credentials.get(passkey.credentialModelId());
            list.add(new PasskeyView(passkey.credentialModelId(), passkey.label(),
                    new Provider(provider, ProviderIcon.of(provider, transports)),
                    synced,
                    details.map(PasskeyDetails::attachment).orElse(null),
                    transports.stream().sorted().toList(),
                    transports.contains("hybrid") || Boolean.TRUE.equals(synced),
                    details.map(PasskeyDetails::createdOs).orElse(null),
                    details.map(PasskeyDetails::createdOsVersion).orElse(null),
                    details.map(PasskeyDetails::createdBrowser).orElse(null),
                    details.map(PasskeyDetails::createdBrowserVersion).orElse(null),
                    credential == null ? null : credential.getCreatedDate(),
                    details.map(PasskeyDetails::lastUsedAt).orElse(null),
                    details.map(PasskeyDetails::useCount).orElse(0),
                    details.map(PasskeyDetails::cloneSuspectedAt).isPresent()));
        }
        return list;
    }

    // --- access ----------------------------------------------------------------------------------------------

    private void requireRole(String role) {
        if (!SupportRoles.has(auth, realm, role)) {
            throw AdminRequestException.forbidden("You need the " + role + " role of the " + SupportRoles.CLIENT_ID + " client for this.");
        }
    }

    /** Unknown and not-visible users answer alike, so the API does not reveal who exists. */
    private UserModel viewableUser(String userId) {
        UserModel user = userId == null ? null : session.users().getUserById(realm, userId);
        if (user == null || !auth.users().canView(user)) {
            throw AdminRequestException.notFound("user_not_found", null, "No such user in this realm.");
        }
        return user;
    }

    private UserModel actionableUser(String userId) {
        requireRole(SupportRoles.AGENT);
        UserModel user = viewableUser(userId);
        if (!auth.users().canManage(user)) {
            throw AdminRequestException.forbidden("You may view this user but not change them.");
        }
        return user;
    }

    private UserModel byEmail(String email) {
        try {
            return session.users().getUserByEmail(realm, email);
        } catch (ModelDuplicateException e) {
            return null;
        }
    }
}
