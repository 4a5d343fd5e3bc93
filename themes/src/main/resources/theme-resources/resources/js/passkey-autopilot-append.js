// Append page (passkey-autopilot-append.ftl): "Create a passkey" runs navigator.credentials.create()
// with the server's creation options and posts pa_action=create with the attestation, or
// pa_action=create_error with pa_error (DOMException name). "Not now" posts pa_action=skip.
import {
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
    setButtonsDisabled,
    setShown,
    signals,
    toBase64url,
    toCredentialDescriptors,
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

function publicKeyOptions(options) {
    const publicKey = {
        ...options,
        challenge: fromBase64url(options.challenge),
        user: { ...options.user, id: fromBase64url(options.user?.id) },
        excludeCredentials: toCredentialDescriptors(options.excludeCredentials),
    };
    if (!(publicKey.timeout > 0)) delete publicKey.timeout;
    const selection = publicKey.authenticatorSelection;
    if (selection && !selection.authenticatorAttachment) {
        publicKey.authenticatorSelection = { ...selection };
        delete publicKey.authenticatorSelection.authenticatorAttachment;
    }
    return publicKey;
}

function attestationFields(credential) {
    const response = credential.response;
    let transports = "";
    if (typeof response.getTransports === "function") {
        try {
            const list = response.getTransports();
            transports = Array.isArray(list) ? list.join(",") : "";
        } catch {
            transports = "";
        }
    }
    return {
        pa_credential_id: toBase64url(credential.rawId),
        pa_client_data: toBase64url(response.clientDataJSON),
        pa_attestation_object: toBase64url(response.attestationObject),
        pa_transports: transports,
        pa_attachment: credential.authenticatorAttachment || "",
    };
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
        const credential = await navigator.credentials.create({ publicKey: publicKeyOptions(options) });
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
    signals();
    interceptSubmit(form, "skip", () => !pending);
    createButton?.addEventListener("click", () => createPasskey());
    onRestoredFromCache(form, () => showPending(false));
    markReady(form);
}
