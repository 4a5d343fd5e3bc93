// Passkey page (passkey-autopilot-passkey.ftl): starts navigator.credentials.get() at once for the
// identified user and posts the result: pa_action=passkey with the assertion, or pa_action=passkey_error
// with pa_error (DOMException name, or TimeoutError when our own timer ran out).
// "Sign in with password instead" aborts the pending call and posts pa_action=use_password.
import {
    assertionFields,
    elapsedMs,
    errorName,
    fromBase64url,
    interceptSubmit,
    isPosting,
    markReady,
    onRestoredFromCache,
    paForm,
    post,
    readJsonData,
    setShown,
    signals,
    toCredentialDescriptors,
    webAuthnSupported,
} from "./passkey-autopilot-common.js";

const TIMEOUT_TOLERANCE_MS = 250;

const form = paForm();
const retryButton = document.getElementById("pa-retry");
const pendingStatus = document.getElementById("pa-passkey-pending");

let pending = null; // { controller, cancelledByUser } of the running ceremony

function showPending(isPending) {
    setShown(pendingStatus, isPending);
    setShown(retryButton, !isPending);
}

function publicKeyOptions(options) {
    const publicKey = {
        challenge: fromBase64url(options.challenge),
        allowCredentials: toCredentialDescriptors(options.allowCredentials),
    };
    if (options.rpId) publicKey.rpId = options.rpId;
    if (options.userVerification) publicKey.userVerification = options.userVerification;
    if (options.timeout > 0) publicKey.timeout = options.timeout;
    return publicKey;
}

async function runCeremony() {
    if (pending || isPosting()) {
        return;
    }
    const options = readJsonData(form, "requestOptions");
    if (!webAuthnSupported()) {
        await post(form, "passkey_error", { pa_error: "NotSupportedError", pa_duration_ms: "0" });
        return;
    }
    const ceremony = { controller: new AbortController(), cancelledByUser: false };
    pending = ceremony;
    showPending(true);

    let timedOut = false;
    let timer = null;
    let timeoutMs = 0;
    const start = performance.now();
    try {
        if (!options) {
            throw new TypeError("Missing or malformed request options");
        }
        const publicKey = publicKeyOptions(options);
        if (publicKey.timeout) {
            timeoutMs = publicKey.timeout;
            timer = setTimeout(() => {
                timedOut = true;
                ceremony.controller.abort();
            }, publicKey.timeout);
        }
        const credential = await navigator.credentials.get({ publicKey, signal: ceremony.controller.signal });
        const duration = elapsedMs(start);
        clearTimeout(timer);
        if (ceremony.cancelledByUser) {
            return;
        }
        if (!credential) {
            throw new DOMException("No credential returned", "UnknownError");
        }
        await post(form, "passkey", { ...assertionFields(credential), pa_duration_ms: duration });
    } catch (error) {
        const duration = elapsedMs(start);
        clearTimeout(timer);
        if (ceremony.cancelledByUser) {
            return; // our own abort for "Sign in with password instead": that post is already on its way
        }
        await post(form, "passkey_error", {
            // The browser may end the request with NotAllowedError just before our own timer fires.
            pa_error: timedOut || (timeoutMs > 0 && errorName(error) === "NotAllowedError"
                && performance.now() - start >= timeoutMs - TIMEOUT_TOLERANCE_MS) ? "TimeoutError" : errorName(error),
            pa_duration_ms: duration,
        });
    } finally {
        if (pending === ceremony) {
            pending = null;
        }
        if (!isPosting()) {
            showPending(false);
        }
    }
}

if (form) {
    signals();
    interceptSubmit(form, "use_password", () => {
        if (pending) {
            pending.cancelledByUser = true;
            pending.controller.abort();
        }
        return true;
    });
    retryButton?.addEventListener("click", () => runCeremony());
    // Back/forward cache: do not start a new prompt by itself, offer "Try again".
    onRestoredFromCache(form, () => showPending(false));
    markReady(form);
    // The server chose "button only" (e.g. after failed automatic prompts here): wait for the click.
    if (form.dataset.autoStart === "false") {
        showPending(false);
    } else {
        runCeremony();
    }
}
