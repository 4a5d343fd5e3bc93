// Identifier page (passkey-autopilot-identifier.ftl): username form plus passkey autofill.
// When the server sends conditional options and the browser supports conditional mediation,
// a conditional navigator.credentials.get() waits in the background; choosing a passkey from the
// autofill list posts pa_action=passkey. Submitting the username aborts it and posts pa_action=identify.
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
    webAuthnSupported,
} from "./passkey-autopilot-common.js";

const form = paForm();
let controller = null;

function abortConditional() {
    if (controller) {
        controller.abort();
        controller = null;
    }
}

async function startConditional() {
    const options = readJsonData(form, "conditionalOptions");
    if (!options || !webAuthnSupported() || !(await conditionalMediationAvailable()) || isPosting()) {
        return;
    }
    abortConditional();
    const ownController = new AbortController();
    controller = ownController;
    try {
        const publicKey = {
            challenge: fromBase64url(options.challenge),
            allowCredentials: [],
        };
        if (options.rpId) publicKey.rpId = options.rpId;
        if (options.userVerification) publicKey.userVerification = options.userVerification;
        if (options.timeout > 0) publicKey.timeout = options.timeout;

        const start = performance.now();
        const credential = await navigator.credentials.get({
            mediation: "conditional",
            publicKey,
            signal: ownController.signal,
        });
        if (!credential || ownController.signal.aborted || isPosting()) {
            return;
        }
        const duration = elapsedMs(start);
        await post(form, "passkey", { ...assertionFields(credential), pa_duration_ms: duration });
    } catch {
        // Ignored on purpose: AbortError when the user submits the username instead, NotAllowedError
        // when the request times out, anything else simply leaves the username form as it is.
    } finally {
        if (controller === ownController) {
            controller = null;
        }
    }
}

if (form) {
    signals();
    interceptSubmit(form, "identify", () => {
        abortConditional();
        return true;
    });
    onRestoredFromCache(form, startConditional);
    markReady(form);
    startConditional();
}
