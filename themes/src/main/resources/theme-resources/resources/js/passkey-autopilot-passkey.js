// Passkey page (passkey-autopilot-passkey.ftl): starts navigator.credentials.get() at once for the
// identified user and posts the result: pa_action=passkey with the assertion, or pa_action=passkey_error
// with pa_error (DOMException name, or TimeoutError when our own timer ran out).
// "Sign in with password instead" aborts the pending call and posts pa_action=use_password.
// After data-retry-after-seconds (default 30) of a prompt still running, the spinner gives way to "Try again",
// which abandons that prompt and starts a new one: a prompt left behind another window would otherwise keep the
// page waiting until the WebAuthn timeout (minutes).
import {
    assertionFields,
    elapsedMs,
    errorName,
    isPosting,
    paForm,
    post,
    readJsonData,
    requestOptions,
    setShown,
    signalAcceptedAfterSignIn,
    webAuthnSupported,
    wirePage,
} from "./passkey-autopilot-common.js";

const TIMEOUT_TOLERANCE_MS = 250;
const DEFAULT_RETRY_AFTER_SECONDS = 30;

const form = paForm();
const retryButton = document.getElementById("pa-retry");
const pendingStatus = document.getElementById("pa-passkey-pending");

let pending = null; // { controller, cancelledByUser, settled } of the running ceremony

function retryAfterMs() {
    const seconds = Number.parseInt(form?.dataset?.retryAfterSeconds ?? "", 10);
    return (seconds > 0 ? seconds : DEFAULT_RETRY_AFTER_SECONDS) * 1000;
}

function showPending(isPending) {
    setShown(pendingStatus, isPending);
    setShown(retryButton, !isPending);
}

/** Aborts the running ceremony without reporting it; resolves once the browser has let go of its prompt. */
async function abandonPending() {
    const abandoned = pending;
    if (abandoned) {
        abandoned.cancelledByUser = true;
        abandoned.controller.abort();
        pending = null;
        await abandoned.settled;
    }
}

async function runCeremony() {
    if (isPosting()) {
        return;
    }
    // "Try again" while a prompt still runs: a browser allows one request at a time
    await abandonPending();
    if (pending || isPosting()) {
        return;
    }
    const options = readJsonData(form, "requestOptions");
    if (!webAuthnSupported()) {
        await post(form, "passkey_error", { pa_error: "NotSupportedError", pa_duration_ms: "0" });
        return;
    }
    let settle;
    const ceremony = { controller: new AbortController(), cancelledByUser: false, settled: new Promise((resolve) => { settle = resolve; }) };
    pending = ceremony;
    showPending(true);
    const offerRetry = setTimeout(() => {
        if (pending === ceremony && !isPosting()) {
            showPending(false);
        }
    }, retryAfterMs());
    try {
        const result = await ceremonyResult(options, ceremony.controller);
        settle();
        if (ceremony.cancelledByUser) {
            return; // our own abort ("Sign in with password instead", "Try again"): what follows is on its way
        }
        await post(form, result.action, result.fields);
    } finally {
        settle();
        clearTimeout(offerRetry);
        if (pending === ceremony) {
            pending = null;
        }
        if (!isPosting() && pending === null) {
            showPending(false);
        }
    }
}

/** Runs navigator.credentials.get(); resolves to the post that reports it (passkey or passkey_error), never rejects. */
async function ceremonyResult(options, controller) {
    let timedOut = false;
    let timer = null;
    let timeoutMs = 0;
    const start = performance.now();
    try {
        if (!options) {
            throw new TypeError("Missing or malformed request options");
        }
        const publicKey = requestOptions(options);
        if (publicKey.timeout) {
            timeoutMs = publicKey.timeout;
            timer = setTimeout(() => {
                timedOut = true;
                controller.abort();
            }, publicKey.timeout);
        }
        const credential = await navigator.credentials.get({ publicKey, signal: controller.signal });
        if (!credential) {
            throw new DOMException("No credential returned", "UnknownError");
        }
        const duration = elapsedMs(start);
        await signalAcceptedAfterSignIn(form, credential);
        return { action: "passkey", fields: { ...assertionFields(credential), pa_duration_ms: duration } };
    } catch (error) {
        return {
            action: "passkey_error",
            fields: {
                // The browser may end the request with NotAllowedError just before our own timer fires.
                pa_error: timedOut || (timeoutMs > 0 && errorName(error) === "NotAllowedError"
                    && performance.now() - start >= timeoutMs - TIMEOUT_TOLERANCE_MS) ? "TimeoutError" : errorName(error),
                pa_duration_ms: elapsedMs(start),
            },
        };
    } finally {
        clearTimeout(timer);
    }
}

if (form) {
    retryButton?.addEventListener("click", () => runCeremony());
    wirePage(form, "use_password", {
        beforePost: () => {
            if (pending) {
                pending.cancelledByUser = true;
                pending.controller.abort();
            }
            return true;
        },
        // Back/forward cache: do not start a new prompt by itself, offer "Try again".
        onRestore: () => showPending(false),
    });
    // The server chose "button only" (e.g. after failed automatic prompts here): wait for the click.
    if (form.dataset.autoStart === "false") {
        showPending(false);
    } else {
        runCeremony();
    }
}
