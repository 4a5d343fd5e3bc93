package dev.passkeyautopilot.session;

import dev.passkeyautopilot.environment.ClientSignals;
import dev.passkeyautopilot.vocabulary.AppendStage;
import dev.passkeyautopilot.webauthn.Base64Url;
import dev.passkeyautopilot.webauthn.CeremonyException;
import dev.passkeyautopilot.webauthn.FailureReason;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The state of one login attempt, typed, over the notes of its authentication session: the only class that
 * knows our note names. Notes, not JVM memory, because any cluster node may serve the next request of the same
 * login; and one facade, because several steps (identifier-first, second factor, append offer) read what
 * another wrote.
 */
public final class AttemptNotes {

    /** User-session note per execution of ours: {@code pa.amr.<executionId>} = comma-separated methods. */
    public static final String METHODS_NOTE_PREFIX = "pa.amr.";
    /** Auth note: the LOGIN event's details, carried across a required action (see {@code LoginEventDetails}). */
    public static final String LOGIN_DETAILS_NOTE = "pa.login-details";

    /**
     * User-session note: how far the append offer got in this login ({@code AppendStage} code). A user-session
     * note because Keycloak copies those into the user session the LOGIN event names, where the KPI listener reads it.
     */
    public static final String APPEND_STAGE_NOTE = "pa.append.stage";

    private static final String CHALLENGE = "pa.challenge";
    private static final String CHALLENGE_EXPIRES_AT = "pa.challenge.expires-at";
    private static final String STEP = "pa.step";
    private static final String IDENTIFIED_USER = "pa.user";
    private static final String OPERATION = "pa.operation";
    private static final String DECIDED_OPERATION = "pa.decided-operation";
    private static final String DECISION = "pa.decision";
    private static final String DECISION_REASONS = "pa.decision-reasons";
    private static final String AUTO_START = "pa.passkey-auto-start";
    private static final String PASSKEY_FAILED = "pa.passkey-failed";
    private static final String EXPERIMENTS = "pa.experiments";
    private static final String FALLBACK = "pa.2fa.fallback";
    private static final String APPEND_OFFERED = "pa.append.offered";
    private static final String APPEND_REPLACES_CODES = "pa.append.replace-codes";
    private static final String LIST_FORM_TOKEN = "pa.list.form-token";
    private static final String LIST_SIGNALS_POSTED = "pa.list.signals-posted";
    private static final String LIST_AUTH_TIME = "pa.list.auth-time";
    private static final String APPEND_CREATED = "pa.append.created";
    private static final String APPEND_CREATED_PROVIDER = "pa.append.created-provider";
    private static final String SIGNAL_DEVICE = "pa.signals.device";
    private static final String SIGNAL_PLATFORM_AUTHENTICATOR = "pa.signals.platform-authenticator";
    private static final String SIGNAL_CONDITIONAL_GET = "pa.signals.conditional-get";
    private static final String SIGNAL_WEBAUTHN = "pa.signals.webauthn";
    private static final String SIGNAL_HYBRID = "pa.signals.hybrid";
    private static final String SIGNAL_PLATFORM_VERSION = "pa.signals.platform-version";

    private static final String UNKNOWN_CREDENTIAL = "pa.signal.unknown-credential";
    private static final String SIGNAL_API = "pa.signals.signal-api";
    private static final String SIGNAL_PAGE = "pa.signal.page-shown";
    private static final String UPGRADE_CHALLENGE = "pa.upgrade.challenge";
    private static final String UPGRADE_CHALLENGE_EXPIRES_AT = "pa.upgrade.challenge.expires-at";
    private static final String UPGRADE_ATTEMPTED = "pa.upgrade.attempted";

    private static final int CHALLENGE_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The decision of this login and its reasons, repeated on every event. */
    public record DecisionNote(String code, String reasons) {
    }

    private final AuthenticationSessionModel session;

    private AttemptNotes(AuthenticationSessionModel session) {
        this.session = session;
    }

    public static AttemptNotes of(AuthenticationSessionModel session) {
        return new AttemptNotes(session);
    }

    // ---- challenge: single use (taken out before verification, whatever its outcome), expires with the ceremony

    /**
     * Issues a fresh challenge, replacing any earlier one of this login. Keycloak's {@link Time} is used so
     * tests can move the clock.
     */
    public byte[] issueChallenge(long lifetimeMillis) {
        byte[] challenge = new byte[CHALLENGE_BYTES];
        RANDOM.nextBytes(challenge);
        session.setAuthNote(CHALLENGE, Base64Url.encode(challenge));
        session.setAuthNote(CHALLENGE_EXPIRES_AT, Long.toString(Time.currentTimeMillis() + lifetimeMillis));
        return challenge;
    }

    /** Voids the pending challenge, if any: the ceremony it was issued for has ended. */
    public void discardChallenge() {
        session.removeAuthNote(CHALLENGE);
        session.removeAuthNote(CHALLENGE_EXPIRES_AT);
    }

    /** Removes the pending challenge and returns it, if it is still valid. */
    public byte[] consumeChallenge() throws CeremonyException {
        String challenge = session.getAuthNote(CHALLENGE);
        String expiresAt = session.getAuthNote(CHALLENGE_EXPIRES_AT);
        discardChallenge();
        if (challenge == null || expiresAt == null) {
            throw new CeremonyException(FailureReason.CHALLENGE_MISSING, "No passkey challenge pending in this session");
        }
        if (Time.currentTimeMillis() > Long.parseLong(expiresAt)) {
            throw new CeremonyException(FailureReason.CHALLENGE_EXPIRED, "The passkey challenge has expired");
        }
        return Base64Url.decode(challenge);
    }

    // ---- the identifier-first step: where the login stands and whom the identifier named

    public LoginStep step() {
        String value = session.getAuthNote(STEP);
        if (value == null) {
            return LoginStep.IDENTIFIER;
        }
        try {
            return LoginStep.valueOf(value);
        } catch (IllegalArgumentException e) {
            return LoginStep.IDENTIFIER;
        }
    }

    public void enter(LoginStep step) {
        session.setAuthNote(STEP, step.name());
    }

    /** @param userIdOrEmpty the user the identifier named; empty when it named nobody (kept so responses do not differ) */
    public void identified(String userIdOrEmpty) {
        session.setAuthNote(IDENTIFIED_USER, userIdOrEmpty);
    }

    /** null: no identifier submitted yet; "": an identifier that named nobody; else the user id. */
    public String identifiedUserId() {
        return session.getAuthNote(IDENTIFIED_USER);
    }

    /** Whether the passkey page now shown starts the prompt by itself (else it waits for a click). */
    public void autoStart(boolean autoStart) {
        session.setAuthNote(AUTO_START, Boolean.toString(autoStart));
    }

    public boolean autoStart() {
        return Boolean.parseBoolean(session.getAuthNote(AUTO_START));
    }

    // ---- page signals: a value missing from a post leaves the earlier one in place

    /** @return everything known about this browser in this login, with the reasons this post's signals were ignored */
    public ClientSignals rememberSignals(ClientSignals signals) {
        signals.deviceMarker().ifPresent(v -> session.setAuthNote(SIGNAL_DEVICE, v));
        signals.platformAuthenticator().ifPresent(v -> session.setAuthNote(SIGNAL_PLATFORM_AUTHENTICATOR, v.toString()));
        signals.conditionalGet().ifPresent(v -> session.setAuthNote(SIGNAL_CONDITIONAL_GET, v.toString()));
        signals.webauthn().ifPresent(v -> session.setAuthNote(SIGNAL_WEBAUTHN, v.toString()));
        signals.hybridTransport().ifPresent(v -> session.setAuthNote(SIGNAL_HYBRID, v.toString()));
        signals.platformVersion().ifPresent(v -> session.setAuthNote(SIGNAL_PLATFORM_VERSION, v));
        ClientSignals known = signals();
        return new ClientSignals(known.deviceMarker(), known.platformAuthenticator(), known.conditionalGet(), known.webauthn(),
                known.hybridTransport(), known.platformVersion(), signals.ignored());
    }

    public ClientSignals signals() {
        return new ClientSignals(
                Optional.ofNullable(session.getAuthNote(SIGNAL_DEVICE)),
                Optional.ofNullable(session.getAuthNote(SIGNAL_PLATFORM_AUTHENTICATOR)).map(Boolean::valueOf),
                Optional.ofNullable(session.getAuthNote(SIGNAL_CONDITIONAL_GET)).map(Boolean::valueOf),
                Optional.ofNullable(session.getAuthNote(SIGNAL_WEBAUTHN)).map(Boolean::valueOf),
                Optional.ofNullable(session.getAuthNote(SIGNAL_HYBRID)).map(Boolean::valueOf),
                Optional.ofNullable(session.getAuthNote(SIGNAL_PLATFORM_VERSION)),
                List.of());
    }

    // ---- the decision and the passkey operation of this attempt

    public void decided(DecisionNote decision) {
        session.setAuthNote(DECISION, decision.code());
        session.setAuthNote(DECISION_REASONS, decision.reasons());
    }

    public Optional<DecisionNote> decision() {
        return Optional.ofNullable(session.getAuthNote(DECISION)).map(code -> new DecisionNote(code, session.getAuthNote(DECISION_REASONS)));
    }

    /** The pending passkey operation of this attempt, if any. */
    public Optional<String> operation() {
        return Optional.ofNullable(session.getAuthNote(OPERATION));
    }

    public void operation(String operationId) {
        session.setAuthNote(OPERATION, operationId);
    }

    /** The attempt's operation has ended: the next one is a new attempt. */
    public void operationEnded() {
        session.removeAuthNote(OPERATION);
    }

    /**
     * The operation of this login's decision, kept after it ends, so that a login that ends signed in makes its
     * device marker known.
     */
    public void decidedOperation(String operationId) {
        session.setAuthNote(DECIDED_OPERATION, operationId);
    }

    public Optional<String> decidedOperation() {
        return Optional.ofNullable(session.getAuthNote(DECIDED_OPERATION));
    }

    /**
     * A passkey attempt of this login failed: the append offer then ignores "this browser already has a
     * passkey", because evidently it has none that works.
     */
    public void passkeyFailed(FailureReason reason) {
        session.setAuthNote(PASSKEY_FAILED, reason.code());
    }

    public boolean passkeyFailed() {
        return session.getAuthNote(PASSKEY_FAILED) != null;
    }

    /** The user's experiment arms ("experiment:arm" comma-separated), for every later event of this login. */
    public void experiments(String experiments) {
        session.setAuthNote(EXPERIMENTS, experiments);
    }

    public Optional<String> experiments() {
        return Optional.ofNullable(session.getAuthNote(EXPERIMENTS));
    }

    // ---- the second factor: the fallback factor now shown, whose posts are passed to it

    public void fallbackShown(String providerId) {
        session.setAuthNote(FALLBACK, providerId);
    }

    public void fallbackHidden() {
        session.removeAuthNote(FALLBACK);
    }

    public Optional<String> fallbackShown() {
        return Optional.ofNullable(session.getAuthNote(FALLBACK));
    }

    // ---- the append offer

    /** The offer was made in this login (re-evaluated triggers never offer twice); holds its operation. */
    public void appendOffered(String operationId) {
        session.setAuthNote(APPEND_OFFERED, operationId);
    }

    public Optional<String> appendOffered() {
        return Optional.ofNullable(session.getAuthNote(APPEND_OFFERED));
    }

    /** How far the append offer got in this login, for the KPI sign-in row. */
    public void appendStage(AppendStage stage) {
        session.setUserSessionNote(APPEND_STAGE_NOTE, stage.code());
    }

    /** The append stage a session's notes name (a user session's, once the login ended); empty when not evaluated. */
    public static Optional<AppendStage> appendStage(java.util.function.Function<String, String> userSessionNote) {
        return Optional.ofNullable(userSessionNote.apply(APPEND_STAGE_NOTE)).flatMap(AppendStage::fromCode);
    }

    /** This login used one-time codes, so the offer is a passkey "instead of your codes". */
    public void codesUsed() {
        session.setAuthNote(APPEND_REPLACES_CODES, Boolean.TRUE.toString());
    }

    public boolean appendReplacesCodes() {
        return Boolean.parseBoolean(session.getAuthNote(APPEND_REPLACES_CODES));
    }

    // ---- Signal API: what the next page of ours tells the browser's passkey provider

    /** A sign-in presented this credential id (base64url), which no account here holds: the next page signals it unknown. */
    public void unknownCredential(String credentialId) {
        session.setAuthNote(UNKNOWN_CREDENTIAL, credentialId);
    }

    /** The credential id to signal unknown, once: reading it clears it. */
    public Optional<String> takeUnknownCredential() {
        Optional<String> id = Optional.ofNullable(session.getAuthNote(UNKNOWN_CREDENTIAL));
        session.removeAuthNote(UNKNOWN_CREDENTIAL);
        return id;
    }

    /** Whether the page reported the Signal API in getClientCapabilities(); a missing report leaves the earlier one. */
    public void signalApi(Optional<Boolean> reported) {
        reported.ifPresent(v -> session.setAuthNote(SIGNAL_API, v.toString()));
    }

    public boolean signalApi() {
        return Boolean.parseBoolean(session.getAuthNote(SIGNAL_API));
    }

    /** The Signal API page was added to this login: Keycloak evaluates triggers again after each action, once is enough. */
    public void markSignalPageAdded() {
        session.setAuthNote(SIGNAL_PAGE, Boolean.TRUE.toString());
    }

    public boolean signalPageAdded() {
        return Boolean.parseBoolean(session.getAuthNote(SIGNAL_PAGE));
    }

    // ---- automatic passkey upgrade (conditional create) on the password page: its own challenge, next to the
    // assertion challenge of the page's passkey autofill

    public byte[] issueUpgradeChallenge(long lifetimeMillis) {
        byte[] challenge = new byte[CHALLENGE_BYTES];
        RANDOM.nextBytes(challenge);
        session.setAuthNote(UPGRADE_CHALLENGE, Base64Url.encode(challenge));
        session.setAuthNote(UPGRADE_CHALLENGE_EXPIRES_AT, Long.toString(Time.currentTimeMillis() + lifetimeMillis));
        return challenge;
    }

    public void discardUpgradeChallenge() {
        session.removeAuthNote(UPGRADE_CHALLENGE);
        session.removeAuthNote(UPGRADE_CHALLENGE_EXPIRES_AT);
    }

    public byte[] consumeUpgradeChallenge() throws CeremonyException {
        String challenge = session.getAuthNote(UPGRADE_CHALLENGE);
        String expiresAt = session.getAuthNote(UPGRADE_CHALLENGE_EXPIRES_AT);
        discardUpgradeChallenge();
        if (challenge == null || expiresAt == null) {
            throw new CeremonyException(FailureReason.CHALLENGE_MISSING, "No passkey upgrade challenge pending in this session");
        }
        if (Time.currentTimeMillis() > Long.parseLong(expiresAt)) {
            throw new CeremonyException(FailureReason.CHALLENGE_EXPIRED, "The passkey upgrade challenge has expired");
        }
        return Base64Url.decode(challenge);
    }

    /** The password page asked the browser for an automatic upgrade in this login: the offer page is not shown. */
    public void markUpgradeAttempted() {
        session.setAuthNote(UPGRADE_ATTEMPTED, Boolean.TRUE.toString());
    }

    public boolean upgradeAttempted() {
        return Boolean.parseBoolean(session.getAuthNote(UPGRADE_ATTEMPTED));
    }

    // ---- the passkey list page

    /**
     * A fresh token for the list page's form, replacing the one before: a post must carry the token of the page
     * the server rendered last, so a page left open in another tab or brought back with the back button cannot
     * change anything the user no longer sees.
     */
    public String issueListFormToken() {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        String encoded = Base64Url.encode(token);
        session.setAuthNote(LIST_FORM_TOKEN, encoded);
        return encoded;
    }

    /** Whether the posted token is the current one; compared in constant time. */
    public boolean listFormTokenMatches(String posted) {
        String current = session.getAuthNote(LIST_FORM_TOKEN);
        return current != null && posted != null && java.security.MessageDigest.isEqual(
                current.getBytes(java.nio.charset.StandardCharsets.US_ASCII), posted.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The list page posted this browser's signals once (whatever they were): it need not ask for them again. */
    public void listSignalsPosted() {
        session.setAuthNote(LIST_SIGNALS_POSTED, Boolean.TRUE.toString());
    }

    /** Whether the page should post the signals first: neither the login nor the list page has sent them yet. */
    public boolean listSignalsNeeded() {
        return session.getAuthNote(LIST_SIGNALS_POSTED) == null && session.getAuthNote(SIGNAL_DEVICE) == null;
    }

    /** When the user last authenticated, as the list page first learned it (epoch seconds). */
    public void listAuthTime(int epochSeconds) {
        session.setAuthNote(LIST_AUTH_TIME, Integer.toString(epochSeconds));
    }

    public OptionalInt listAuthTime() {
        String value = session.getAuthNote(LIST_AUTH_TIME);
        try {
            return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * A passkey was created on the offer and the confirmation is showing: the login goes on once the user
     * continues from it.
     *
     * @param provider the provider's name from the AAGUID metadata, if known
     */
    public void appendCreated(String credentialModelId, Optional<String> provider) {
        session.setAuthNote(APPEND_CREATED, credentialModelId);
        provider.ifPresent(name -> session.setAuthNote(APPEND_CREATED_PROVIDER, name));
    }

    public boolean appendCreated() {
        return session.getAuthNote(APPEND_CREATED) != null;
    }

    /** The provider of the passkey created on the offer, if its AAGUID named one. */
    public Optional<String> appendCreatedProvider() {
        return Optional.ofNullable(session.getAuthNote(APPEND_CREATED_PROVIDER)).filter(name -> !name.isBlank());
    }
}
