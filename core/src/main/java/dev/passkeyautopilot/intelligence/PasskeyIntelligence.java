package dev.passkeyautopilot.intelligence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for one identified user, how the login page offers passkeys, and whether to offer creating a
 * passkey after a password login. Stateless and thread-safe: one instance can serve every request.
 *
 * <p>Principles, in order of importance:
 * <ol>
 *   <li>The engine only chooses user interface. Whatever it returns, the passkey (or the password) is still
 *       verified by the server; a decision never skips authentication.</li>
 *   <li>Page signals are untrusted hints. A forged signal can at most make the page prompt less, or prompt where
 *       the passkey then fails verification.</li>
 *   <li>Missing signals never make the engine stricter than the foundation behaviour ("the user has a passkey,
 *       so prompt"): when nothing speaks against the prompt, the answer is {@link Decision#AUTO_PASSKEY} with
 *       {@link Reason#SIGNALS_MISSING}.</li>
 *   <li>Evidence about the passkeys (created or used in this browser, synced in this ecosystem) outweighs
 *       statistics; learning from this user's own failures outweighs everything, because it is the most direct
 *       evidence that the automatic prompt does not work here.</li>
 * </ol>
 * Every rule is documented, with its reason codes, in {@code docs/intelligence.md}.
 */
public final class PasskeyIntelligence {

    /**
     * What one passkey means for this login, best first. The login decision follows the best fit over all the
     * user's passkeys, because the prompt lists them all ({@code allowCredentials}): one passkey that works
     * here is enough.
     */
    private enum Fit {
        CREATED_HERE, USED_HERE, SYNCED_SAME_ECOSYSTEM, SECURITY_KEY, POSSIBLY_HERE, THIRD_PARTY,
        DEVICE_BOUND_ELSEWHERE, PROVIDER_NOT_AVAILABLE
    }

    /** A decision before learning, realm statistics and allowed decisions apply; {@code proven} = passkey evidence. */
    private record Base(Decision decision, List<Reason> reasons, boolean proven) {
    }

    /**
     * @param passkeys the user's passkeys (empty if none)
     * @param device   the browser this login runs in
     * @param history  counts of past operations, within {@link IntelligenceSettings#lookBack()}
     * @param settings the realm's settings
     */
    public LoginDecision decideLogin(List<PasskeyFacts> passkeys, DeviceFacts device, History history, IntelligenceSettings settings) {
        Objects.requireNonNull(passkeys, "passkeys");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(settings, "settings");

        // Rule 1: nothing to prompt for, or nothing to prompt with. A browser that claims no WebAuthn while it
        // has it only loses the prompt; the password path is always there.
        if (passkeys.isEmpty()) {
            return new LoginDecision(Decision.FALLBACK, List.of(Reason.NO_PASSKEYS));
        }
        if (device.reportedFalse(device.webauthn())) {
            return new LoginDecision(Decision.FALLBACK, List.of(Reason.NO_WEBAUTHN));
        }

        Base base = fromPasskeys(passkeys, device, settings);
        Decision decision = base.decision();
        Set<Reason> reasons = new LinkedHashSet<>(base.reasons());

        // Rules 2 and 6 stop only the *automatic* prompt: the user still gets the button (or autofill), so a
        // passkey that does work is one click away, and a success through it resets the count (the caller
        // stores it; History then reports 0).
        if (decision == Decision.AUTO_PASSKEY) {
            // Rule 2, learning: this user's own automatic prompts keep failing here, whatever the theory says.
            if (history.automaticFailuresHereSinceLastSuccess() >= settings.failuresBeforeStoppingAutoPrompt()) {
                decision = Decision.BUTTON_ONLY;
                reasons.add(Reason.RECENT_FAILURES_IN_ENVIRONMENT);
            } else if (!base.proven() && realmFailing(history, settings)) {
                // Rule 6: the realm's statistics for this OS + browser only outweigh a guess, never evidence
                // about this user's passkeys (created here, synced here, a security key on a desktop).
                decision = Decision.BUTTON_ONLY;
                reasons.add(Reason.REALM_FAILURES_IN_ENVIRONMENT);
            }
        }

        // Rule 11: degrade to the first allowed decision. Autofill is skipped where the page said it has none:
        // it would show nothing. FALLBACK is always allowed (the settings refuse anything else), so this ends.
        if (!settings.allows(decision)) {
            Decision degraded = decision;
            while (!settings.allows(degraded)
                    || degraded == Decision.CONDITIONAL_ONLY && device.reportedFalse(device.conditionalGet())) {
                degraded = next(degraded);
            }
            decision = degraded;
            reasons.add(Reason.DECISION_NOT_ALLOWED);
        }
        return new LoginDecision(decision, List.copyOf(reasons));
    }

    /**
     * @param passkeys                 the user's passkeys (empty if none)
     * @param device                   the browser this login runs in
     * @param passwordUsed             a password was verified in this login
     * @param snoozed                  the user chose "Not now" and the snooze has not ended
     * @param passkeyFailedInThisLogin a passkey prompt failed or was cancelled earlier in this login
     * @param settings                 the realm's settings (no append rule reads them yet; part of the signature so
     *                                 callers do not change when one does)
     */
    public AppendDecision decideAppend(List<PasskeyFacts> passkeys, DeviceFacts device, boolean passwordUsed, boolean snoozed,
                                       boolean passkeyFailedInThisLogin, IntelligenceSettings settings) {
        Objects.requireNonNull(passkeys, "passkeys");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(settings, "settings");

        if (!passwordUsed) {
            return new AppendDecision(false, List.of(Reason.NO_PASSWORD_LOGIN));
        }
        if (snoozed) {
            return new AppendDecision(false, List.of(Reason.SNOOZED));
        }
        // Only an explicit "no" stops the offer: without signals we offer, and the append page itself tells the
        // user if creation fails. A forged "no" only hides the offer.
        if (device.reportedFalse(device.webauthn())) {
            return new AppendDecision(false, List.of(Reason.CANNOT_CREATE_HERE, Reason.NO_WEBAUTHN));
        }
        if (device.reportedFalse(device.platformAuthenticator())) {
            return new AppendDecision(false, List.of(Reason.CANNOT_CREATE_HERE, Reason.NO_PLATFORM_AUTHENTICATOR));
        }
        // A passkey that failed in this very login outweighs any theory that one is usable here.
        if (passkeyFailedInThisLogin) {
            return new AppendDecision(true, List.of(Reason.OFFER, Reason.PASSKEY_FAILED_IN_THIS_LOGIN));
        }
        if (passkeys.isEmpty()) {
            return new AppendDecision(true, List.of(Reason.OFFER, Reason.NO_PASSKEYS));
        }
        // "Usable here" needs evidence (marker or synced same ecosystem). A mere possibility, e.g. a passkey
        // of unknown provider, does not hold the offer back: the user just signed in with a password.
        Set<Reason> usable = new LinkedHashSet<>();
        for (PasskeyFacts passkey : passkeys) {
            if (passkey.createdIn(device.deviceMarker())) {
                usable.add(Reason.PASSKEY_CREATED_IN_THIS_BROWSER);
            }
            if (passkey.lastUsedIn(device.deviceMarker())) {
                usable.add(Reason.PASSKEY_USED_IN_THIS_BROWSER);
            }
            if (syncedSameEcosystem(passkey, device)) {
                usable.add(Reason.SYNCED_PASSKEY_SAME_ECOSYSTEM);
            }
        }
        if (!usable.isEmpty()) {
            List<Reason> reasons = new ArrayList<>();
            reasons.add(Reason.PASSKEY_USABLE_HERE);
            reasons.addAll(usable);
            return new AppendDecision(false, reasons);
        }
        return new AppendDecision(true, List.of(Reason.OFFER, Reason.NO_PASSKEY_USABLE_HERE));
    }

    private Base fromPasskeys(List<PasskeyFacts> passkeys, DeviceFacts device, IntelligenceSettings settings) {
        Set<Fit> fits = EnumSet.noneOf(Fit.class);
        for (PasskeyFacts passkey : passkeys) {
            fits.addAll(fit(passkey, device));
        }

        // Rule 3: a passkey created or last used in this very browser is the strongest evidence there is. It
        // beats capability hints too: a page that reports "no platform authenticator" while one of the user's
        // passkeys worked here (e.g. through a password manager's extension) is wrong about what matters.
        List<Reason> here = new ArrayList<>();
        if (fits.contains(Fit.CREATED_HERE)) {
            here.add(Reason.PASSKEY_CREATED_IN_THIS_BROWSER);
        }
        if (fits.contains(Fit.USED_HERE)) {
            here.add(Reason.PASSKEY_USED_IN_THIS_BROWSER);
        }
        if (!here.isEmpty()) {
            return new Base(Decision.AUTO_PASSKEY, here, true);
        }
        // Rule 4: a synced passkey whose provider is this platform's own (iCloud Keychain on a Mac) is there even
        // in a browser that never saw it.
        if (fits.contains(Fit.SYNCED_SAME_ECOSYSTEM)) {
            return new Base(Decision.AUTO_PASSKEY, List.of(Reason.SYNCED_PASSKEY_SAME_ECOSYSTEM), true);
        }
        // Rule 5: a security key is portable; on a desktop the prompt asks to insert or touch it. On phones and
        // tablets (NFC, USB-C adapters) it is awkward enough that it waits for the user's click; see below.
        if (fits.contains(Fit.SECURITY_KEY) && !device.mobile()) {
            return new Base(Decision.AUTO_PASSKEY, List.of(Reason.SECURITY_KEY), true);
        }
        // Rule 8: a platform passkey we know nothing against needs a platform authenticator. Only an explicit
        // "no" from the page counts; then it joins the passkeys that are elsewhere.
        boolean noPlatform = device.reportedFalse(device.platformAuthenticator());
        // Rule 10: nothing speaks against the prompt: keep the foundation behaviour.
        if (fits.contains(Fit.POSSIBLY_HERE) && !noPlatform) {
            boolean platformReported = device.platformAuthenticator().orElse(false);
            return new Base(Decision.AUTO_PASSKEY,
                    List.of(platformReported ? Reason.PLATFORM_AUTHENTICATOR_AVAILABLE : Reason.SIGNALS_MISSING), false);
        }
        // Rule 9: a password manager's passkey works where its extension or app is installed, which the server
        // cannot know. Autofill offers it without a prompt that fails where it is not installed.
        if (fits.contains(Fit.THIRD_PARTY)) {
            if (device.conditionalGet().orElse(false)) {
                return new Base(Decision.CONDITIONAL_ONLY, List.of(Reason.THIRD_PARTY_PROVIDER, Reason.CONDITIONAL_UI_AVAILABLE), false);
            }
            return new Base(Decision.BUTTON_ONLY, device.reportedFalse(device.conditionalGet())
                    ? List.of(Reason.THIRD_PARTY_PROVIDER, Reason.CONDITIONAL_UI_NOT_AVAILABLE)
                    : List.of(Reason.THIRD_PARTY_PROVIDER), false);
        }
        if (fits.contains(Fit.SECURITY_KEY)) {
            return new Base(Decision.BUTTON_ONLY, List.of(Reason.SECURITY_KEY, Reason.MOBILE_DEVICE), true);
        }
        // Rules 7 and 8: every passkey is on another device. Only another device can help: the button leads to
        // cross-device sign-in (QR code, hybrid transport) where the realm allows it and the browser has it.
        List<Reason> reasons = new ArrayList<>();
        if (fits.contains(Fit.DEVICE_BOUND_ELSEWHERE)) {
            reasons.add(Reason.DEVICE_BOUND_PASSKEY_OTHER_DEVICE);
        }
        if (fits.contains(Fit.PROVIDER_NOT_AVAILABLE)) {
            reasons.add(Reason.PROVIDER_NOT_AVAILABLE_ON_PLATFORM);
        }
        if (noPlatform) {
            reasons.add(Reason.NO_PLATFORM_AUTHENTICATOR);
        }
        if (!settings.crossDeviceEnabled()) {
            reasons.add(Reason.CROSS_DEVICE_DISABLED);
            return new Base(Decision.FALLBACK, reasons, true);
        }
        if (device.reportedFalse(device.hybridTransport())) {
            reasons.add(Reason.HYBRID_NOT_AVAILABLE);
            return new Base(Decision.FALLBACK, reasons, true);
        }
        reasons.add(Reason.HYBRID_AVAILABLE);
        return new Base(Decision.BUTTON_ONLY, reasons, true);
    }

    private static Set<Fit> fit(PasskeyFacts passkey, DeviceFacts device) {
        Set<Fit> fits = EnumSet.noneOf(Fit.class);
        if (passkey.createdIn(device.deviceMarker())) {
            fits.add(Fit.CREATED_HERE);
        }
        if (passkey.lastUsedIn(device.deviceMarker())) {
            fits.add(Fit.USED_HERE);
        }
        if (!fits.isEmpty()) {
            return fits;
        }
        Ecosystem ecosystem = passkey.ecosystem();
        if (ecosystem == Ecosystem.SECURITY_KEY) {
            return EnumSet.of(Fit.SECURITY_KEY);
        }
        if (ecosystem == Ecosystem.THIRD_PARTY) {
            return EnumSet.of(Fit.THIRD_PARTY);
        }
        Ecosystem.Availability availability = ecosystem.availableOn(device.environment());
        if (availability == Ecosystem.Availability.NO) {
            return EnumSet.of(Fit.PROVIDER_NOT_AVAILABLE);
        }
        Optional<Boolean> synced = passkey.synced();
        if (synced.orElse(false) && availability == Ecosystem.Availability.YES) {
            return EnumSet.of(Fit.SYNCED_SAME_ECOSYSTEM);
        }
        if (!synced.orElse(true) && createdElsewhere(passkey, device)) {
            return EnumSet.of(Fit.DEVICE_BOUND_ELSEWHERE);
        }
        return EnumSet.of(Fit.POSSIBLY_HERE);
    }

    private static boolean syncedSameEcosystem(PasskeyFacts passkey, DeviceFacts device) {
        Ecosystem ecosystem = passkey.ecosystem();
        return ecosystem != Ecosystem.THIRD_PARTY && ecosystem != Ecosystem.SECURITY_KEY
                && passkey.synced().orElse(false)
                && ecosystem.availableOn(device.environment()) == Ecosystem.Availability.YES;
    }

    /**
     * A device-bound passkey is somewhere else when it was created on another OS. A different device marker
     * alone is no evidence: the marker is per browser profile, while platform authenticators (Windows Hello,
     * iCloud Keychain, Google Password Manager) serve every browser of the device, and a fresh browser
     * holding a synced passkey whose flags were not recorded looks just the same. Prompting there is what the
     * foundation does; if it fails, the learning turns this browser to the button after a few attempts.
     */
    private static boolean createdElsewhere(PasskeyFacts passkey, DeviceFacts device) {
        String createdOs = passkey.createdOsFamily().map(Ecosystem::osGroup).orElse("");
        String os = Ecosystem.osGroup(device.environment().osFamily());
        return !createdOs.isEmpty() && !os.isEmpty() && !createdOs.equals(os);
    }

    private static boolean realmFailing(History history, IntelligenceSettings settings) {
        return history.realmAttemptsInEnvironment() >= settings.realmMinimumAttempts()
                && history.realmFailureShare() >= settings.realmFailureShareThreshold();
    }

    private static Decision next(Decision decision) {
        return switch (decision) {
            case AUTO_PASSKEY -> Decision.CONDITIONAL_ONLY;
            case CONDITIONAL_ONLY -> Decision.BUTTON_ONLY;
            case BUTTON_ONLY, FALLBACK -> Decision.FALLBACK;
        };
    }
}
