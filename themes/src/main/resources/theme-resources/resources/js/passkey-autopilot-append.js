// Append page (passkey-autopilot-append.ftl): "Create a passkey" runs navigator.credentials.create()
// with the server's creation options and posts pa_action=create with the attestation, or
// pa_action=create_error with pa_error (DOMException name). "Not now" posts pa_action=skip.
import {
    attestationFields,
    creationOptions,
    elapsedMs,
    errorName,
    isPosting,
    paForm,
    post,
    readJsonData,
    setButtonsDisabled,
    setShown,
    wirePage,
} from "./passkey-autopilot-common.js";

const form = paForm();
const createButton = document.getElementById("pa-create");
const pendingStatus = document.getElementById("pa-append-pending");

let pending = false;

function showPending(isPending) {
    pending = isPending;
    setShown(pendingStatus, isPending);
    setButtonsDisabled(form, isPending);
}

async function createPasskey() {
    if (pending || isPosting()) {
        return;
    }
    showPending(true);
    const start = performance.now();
    try {
        if (typeof PublicKeyCredential === "undefined" || typeof navigator.credentials?.create !== "function") {
            throw new DOMException("WebAuthn is not supported", "NotSupportedError");
        }
        const options = readJsonData(form, "creationOptions");
        if (!options) {
            throw new TypeError("Missing or malformed creation options");
        }
        const credential = await navigator.credentials.create({ publicKey: creationOptions(options) });
        const duration = elapsedMs(start);
        if (!credential) {
            throw new DOMException("No credential returned", "UnknownError");
        }
        await post(form, "create", { ...attestationFields(credential), pa_duration_ms: duration });
    } catch (error) {
        await post(form, "create_error", { pa_error: errorName(error), pa_duration_ms: elapsedMs(start) });
    } finally {
        if (!isPosting()) {
            showPending(false);
        }
    }
}

if (form) {
    createButton?.addEventListener("click", () => createPasskey());
    wirePage(form, "skip", { beforePost: () => !pending, onRestore: () => showPending(false) });
}
