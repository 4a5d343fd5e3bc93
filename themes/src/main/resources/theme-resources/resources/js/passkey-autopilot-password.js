// Password page (passkey-autopilot-password.ftl): adds the signals to its posts, and when the server sent
// conditional options ("conditional only"), offers the user's passkeys in the password field's autofill.
// "Sign in with a passkey" (data-pa-action=retry_passkey) does not send the typed password.
import {
    assertionFields,
    conditionalMediationAvailable,
    elapsedMs,
    fromBase64url,
    interceptSubmit,
    isPosting,
    markReady,
    onRestoredFromCache,
    paForm,
    post,
    readJsonData,
    signals,
    toCredentialDescriptors,
    webAuthnSupported,
} from "./passkey-autopilot-common.js";

const form = paForm();
let controller = null;

async function startConditional() {
    const options = readJsonData(form, "conditionalOptions");
    if (!options || !webAuthnSupported() || !(await conditionalMediationAvailable()) || isPosting()) {
        return;
    }
    const ownController = new AbortController();
    controller = ownController;
    try {
        const publicKey = {
            challenge: fromBase64url(options.challenge),
            allowCredentials: toCredentialDescriptors(options.allowCredentials || []),
        };
        if (options.rpId) publicKey.rpId = options.rpId;
        if (options.userVerification) publicKey.userVerification = options.userVerification;
        if (options.timeout > 0) publicKey.timeout = options.timeout;
        const start = performance.now();
        const credential = await navigator.credentials.get({ mediation: "conditional", publicKey, signal: ownController.signal });
        if (!credential || ownController.signal.aborted || isPosting()) {
            return;
        }
        await post(form, "passkey", { ...assertionFields(credential), pa_duration_ms: elapsedMs(start) });
    } catch {
        // Ignored on purpose: the user typed the password instead, or the autofill request timed out.
    } finally {
        if (controller === ownController) {
            controller = null;
        }
    }
}

if (form) {
    signals();
    interceptSubmit(form, "password", (action) => {
        if (controller) {
            controller.abort();
            controller = null;
        }
        if (action !== "password" && form.elements.namedItem("password")) {
            form.elements.namedItem("password").value = "";
        }
        return true;
    });
    onRestoredFromCache(form, startConditional);
    markReady(form);
    startConditional();
}
