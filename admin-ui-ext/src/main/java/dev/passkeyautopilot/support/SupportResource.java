package dev.passkeyautopilot.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.mfa.LastLogin;
import dev.passkeyautopilot.mfa.MfaStatus;
import dev.passkeyautopilot.mfa.MfaStatusReader;
import dev.passkeyautopilot.operation.PasskeyOperationEntity;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.PasskeyDetailsEntity;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.vocabulary.OutcomeClass;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /admin/realms/{realm}/passkey-autopilot/support}: what a support agent needs about one user (find,
 * overview, timeline) and the few safe actions (revoke passkeys, reset MFA, send the set-up email). Every
 * endpoint checks its support role ({@link SupportRoles}) and Keycloak's own permission on the user; every
 * action needs a reason and leaves an admin event and a user event. Errors are JSON a person can read.
 */
public class SupportResource {

    static final int MAX_SEARCH_RESULTS = 50;
    static final int MAX_TIMELINE_PAGE = 200;
    private static final int MAX_QUERY_LENGTH = 255;
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Finds users by id, username or email (exact), else by Keycloak's search (username, email, names). */
    @GET
    @Path("users")
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(@QueryParam("q") String query, @QueryParam("max") Integer max) {
        return answer(() -> {
            requireRole(SupportRoles.VIEWER);
            if (query == null || query.isBlank()) {
                throw SupportError.badRequest("q", "Enter a username, email or user id.");
            }
            if (query.length() > MAX_QUERY_LENGTH) {
                throw SupportError.badRequest("q", "The search text is too long.");
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
            ArrayNode users = JSON.createArrayNode();
            found.filter(auth.users()::canView)
                    .collect(Collectors.toMap(UserModel::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new))
                    .values().stream().limit(limit)
                    .forEach(user -> users.add(identity(user)));
            ObjectNode result = JSON.createObjectNode();
            result.set("users", users);
            return result;
        });
    }

    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response overview(@PathParam("userId") String userId) {
        return answer(() -> {
            requireRole(SupportRoles.VIEWER);
            UserModel user = viewableUser(userId);
            ObjectNode result = JSON.createObjectNode();
            ObjectNode identity = identity(user);
            identity.put("createdTimestamp", user.getCreatedTimestamp());
            result.set("user", identity);
            result.set("mfa", mfa(new MfaStatusReader(session).read(realm, user)));
            result.set("passkeys", passkeyList(user));
            result.putObject("permissions").put("canAct", SupportRoles.has(auth, realm, SupportRoles.AGENT) && auth.users().canManage(user));
            return result;
        });
    }

    @GET
    @Path("users/{userId}/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    public Response timeline(@PathParam("userId") String userId, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        return answer(() -> {
            requireRole(SupportRoles.VIEWER);
            UserModel user = viewableUser(userId);
            int from = first == null ? 0 : first;
            int size = max == null ? 50 : max;
            if (from < 0) {
                throw SupportError.badRequest("first", "first must be 0 or more.");
            }
            if (size < 1 || size > MAX_TIMELINE_PAGE) {
                throw SupportError.badRequest("max", "max must be between 1 and " + MAX_TIMELINE_PAGE + ".");
            }
            Map<String, String> labels = user.credentialManager().getStoredCredentialsStream()
                    .filter(c -> c.getUserLabel() != null)
                    .collect(Collectors.toMap(CredentialModel::getId, CredentialModel::getUserLabel, (a, b) -> a));
            ArrayNode operations = JSON.createArrayNode();
            for (PasskeyOperationEntity operation : new PasskeyOperations(session).timeline(realm, user, from, size)) {
                ObjectNode row = operations.addObject();
                row.put("id", operation.getId());
                row.put("kind", operation.getKind());
                row.put("time", operation.getStartedAt());
                row.put("durationMs", operation.getDurationMs());
                row.put("outcome", operation.getOutcome());
                row.put("outcomeClass", OutcomeClass.of(operation.getOutcome()).code());
                row.put("decision", operation.getDecision());
                ArrayNode reasons = row.putArray("reasons");
                if (operation.getDecisionReasons() != null && !operation.getDecisionReasons().isBlank()) {
                    Arrays.stream(operation.getDecisionReasons().split(",")).map(String::trim).filter(r -> !r.isEmpty()).forEach(reasons::add);
                }
                row.put("automatic", operation.isAutomatic());
                row.putObject("environment")
                        .put("osFamily", operation.getOsFamily()).put("osVersion", operation.getOsVersion())
                        .put("browserFamily", operation.getBrowserFamily()).put("browserVersion", operation.getBrowserVersion())
                        .put("deviceClass", operation.getDeviceClass());
                row.put("credentialId", operation.getCredentialId());
                row.put("passkeyLabel", operation.getCredentialId() == null ? null : labels.get(operation.getCredentialId()));
            }
            ObjectNode result = JSON.createObjectNode();
            result.set("operations", operations);
            result.put("first", from).put("max", size);
            return result;
        });
    }

    @POST
    @Path("users/{userId}/passkeys/{credentialId}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response revoke(@PathParam("userId") String userId, @PathParam("credentialId") String credentialId, String body) {
        return answer(() -> {
            UserModel user = actionableUser(userId);
            ActionRequest request = ActionRequest.parse(body);
            CredentialModel passkey = user.credentialManager().getStoredCredentialById(credentialId);
            if (passkey == null || !UserPasskeys.CREDENTIAL_TYPE.equals(passkey.getType())) {
                throw SupportError.notFound("passkey_not_found", "This user has no such passkey.");
            }
            return actions.revoke(user, List.of(passkey), request.reason(), "revoke_passkey");
        });
    }

    @POST
    @Path("users/{userId}/passkeys/revoke-all")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response revokeAll(@PathParam("userId") String userId, String body) {
        return answer(() -> {
            UserModel user = actionableUser(userId);
            ActionRequest request = ActionRequest.parse(body);
            List<CredentialModel> all = user.credentialManager().getStoredCredentialsByTypeStream(UserPasskeys.CREDENTIAL_TYPE).toList();
            return actions.revoke(user, all, request.reason(), "revoke_all_passkeys");
        });
    }

    @POST
    @Path("users/{userId}/mfa/reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response resetMfa(@PathParam("userId") String userId, String body) {
        return answer(() -> {
            UserModel user = actionableUser(userId);
            return actions.resetMfa(user, ActionRequest.parse(body).reason());
        });
    }

    @POST
    @Path("users/{userId}/passkey-setup-email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response sendSetupEmail(@PathParam("userId") String userId, String body) {
        return answer(() -> {
            UserModel user = actionableUser(userId);
            return actions.sendSetupEmail(user, ActionRequest.parse(body).reason());
        });
    }

    // --- views -----------------------------------------------------------------------------------------------

    private static ObjectNode identity(UserModel user) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", user.getId());
        node.put("username", user.getUsername());
        node.put("email", user.getEmail());
        node.put("firstName", user.getFirstName());
        node.put("lastName", user.getLastName());
        node.put("enabled", user.isEnabled());
        return node;
    }

    private static ObjectNode mfa(MfaStatus status) {
        ObjectNode node = JSON.createObjectNode();
        node.put("password", status.password());
        node.put("otp", status.otp());
        node.putObject("passkeys")
                .put("total", status.passkeys().total()).put("synced", status.passkeys().synced())
                .put("deviceBound", status.passkeys().deviceBound()).put("unknown", status.passkeys().unknown());
        node.put("mfaRequired", status.mfaRequired());
        node.put("mfaRequiredBecause", status.mfaRequiredBecause());
        Optional<LastLogin> last = status.lastLogin();
        if (last.isPresent()) {
            ObjectNode lastLogin = node.putObject("lastLogin");
            lastLogin.put("time", last.get().time());
            ArrayNode factors = lastLogin.putArray("factors");
            last.get().methods().forEach(factors::add);
        } else {
            node.putNull("lastLogin");
        }
        return node;
    }

    private ArrayNode passkeyList(UserModel user) {
        Map<String, CredentialModel> credentials = user.credentialManager().getStoredCredentialsByTypeStream(UserPasskeys.CREDENTIAL_TYPE)
                .collect(Collectors.toMap(CredentialModel::getId, Function.identity()));
        ArrayNode list = JSON.createArrayNode();
        for (Passkey passkey : passkeys.list(realm, user)) {
            Optional<PasskeyDetailsEntity> details = passkey.details();
            String provider = passkey.aaguid() == null ? null : passkeys.providerName(passkey.aaguid()).orElse(null);
            var transports = passkey.stored().transports();
            Boolean synced = details.map(PasskeyDetailsEntity::getBackupEligible).orElse(passkey.stored().backupEligible());
            ObjectNode node = list.addObject();
            node.put("id", passkey.credentialModelId());
            node.put("label", passkey.label());
            node.putObject("provider").put("name", provider).put("icon", ProviderIcon.of(provider, transports));
            node.put("synced", synced);
            node.put("attachment", details.map(PasskeyDetailsEntity::getAttachment).orElse(null));
            ArrayNode transportList = node.putArray("transports");
            transports.stream().sorted().forEach(transportList::add);
            // a synced passkey reaches other devices by itself; hybrid lets a phone sign in here by QR code
            node.put("crossDevice", transports.contains("hybrid") || Boolean.TRUE.equals(synced));
            node.put("createdOs", details.map(PasskeyDetailsEntity::getCreatedOs).orElse(null));
            node.put("createdOsVersion", details.map(PasskeyDetailsEntity::getCreatedOsVersion).orElse(null));
            node.put("createdBrowser", details.map(PasskeyDetailsEntity::getCreatedBrowser).orElse(null));
            node.put("createdBrowserVersion", details.map(PasskeyDetailsEntity::getCreatedBrowserVersion).orElse(null));
            CredentialModel credential = credentials.get(passkey.credentialModelId());
            node.put("created", credential == null ? null : credential.getCreatedDate());
            node.put("lastUsed", details.map(PasskeyDetailsEntity::getLastUsedAt).orElse(null));
            node.put("useCount", details.map(PasskeyDetailsEntity::getUseCount).orElse(0));
            node.put("cloneSuspected", details.map(PasskeyDetailsEntity::getCloneSuspectedAt).isPresent());
        }
        return list;
    }

    // --- access ----------------------------------------------------------------------------------------------

    private void requireRole(String role) {
        if (!SupportRoles.has(auth, realm, role)) {
            throw SupportError.forbidden("You need the " + role + " role of the " + SupportRoles.CLIENT_ID + " client for this.");
        }
    }

    /** Unknown and not-visible users answer alike, so the API does not reveal who exists. */
    private UserModel viewableUser(String userId) {
        UserModel user = userId == null ? null : session.users().getUserById(realm, userId);
        if (user == null || !auth.users().canView(user)) {
            throw SupportError.notFound("user_not_found", "No such user in this realm.");
        }
        return user;
    }

    private UserModel actionableUser(String userId) {
        requireRole(SupportRoles.AGENT);
        UserModel user = viewableUser(userId);
        if (!auth.users().canManage(user)) {
            throw SupportError.forbidden("You may view this user but not change them.");
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

    private static Response answer(Supplier<Object> body) {
        try {
            return Response.ok(body.get(), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (SupportError e) {
            return e.response();
        }
    }
}
