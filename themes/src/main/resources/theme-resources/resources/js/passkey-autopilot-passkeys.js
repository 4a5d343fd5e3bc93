// "Your passkeys" (passkey-autopilot-passkeys.ftl). Rename and delete are plain forms that work without
// JavaScript; this module adds what needs it: the browser's signals on the first visit (device marker, for "used
// on this device" and the add decision), creating a passkey, and telling the browser the current passkey list
// after a change (Signal API).
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
    signalAllAccepted,
    wirePage,
} from "./passkey-autopilot-common.js";

const form = paForm();
const createButton = document.getElementById("pa-create");
const pendingStatus = document.getElementById("pa-list-pending");

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

function acceptedIds() {
    try {
        const ids = JSON.parse(form.dataset.acceptedIds || "[]");
        return Array.isArray(ids) ? ids.filter((id) => typeof id === "string") : [];
    } catch {
        return [];
    }
}

if (form) {
    if (form.dataset.signalsNeeded === "true") {
        // first visit: the server learns this browser's device marker, then shows the list with it
        post(form, "refresh");
    } else {
        if (form.dataset.changed === "true") {
            signalAllAccepted({ rpId: form.dataset.rpId, userId: form.dataset.userHandle, allAcceptedCredentialIds: acceptedIds() });
        }
        if (createButton && typeof PublicKeyCredential !== "undefined") {
            setShown(createButton, true);
            createButton.addEventListener("click", () => createPasskey());
        }
        wirePage(form, "done", { beforePost: () => !pending, onRestore: () => showPending(false) });
    }
}
