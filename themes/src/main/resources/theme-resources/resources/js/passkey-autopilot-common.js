// Shared code of the Passkey Autopilot login pages: base64url, WebAuthn option and result mapping, the
// signals every post carries, filling + submitting the page's single <form id="pa-form">, and passkey autofill.
// The templates only pass data (data-* attributes, hidden inputs); the page modules keep only what differs.

// Keycloak's own login template (keycloak.v2, base) maps "rfc4648" in its import map for its WebAuthn pages.
import { base64url } from "rfc4648";

const DEVICE_KEY = "passkey-autopilot.device";
const CAPABILITY_CALL_TIMEOUT_MS = 1000;
const MAX_CLIENT_CAPABILITIES = 16;

// ---------------------------------------------------------------------------------------------
// base64url (RFC 4648 §5, no padding) <-> bytes
// PublicKeyCredential.parseRequestOptionsFromJSON() / toJSON() are not used: not every browser has them,
// and the tests (Chromium) would then never run the code the other browsers get.

/** Encodes an ArrayBuffer or view as base64url without padding; null/undefined gives "". */
function toBase64url(buffer) {
    if (buffer === null || buffer === undefined) {
        return "";
    }
    const bytes = buffer instanceof ArrayBuffer
        ? new Uint8Array(buffer)
        : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return base64url.stringify(bytes, { pad: false });
}

/** Decodes base64url (padding and the standard alphabet are tolerated); throws TypeError if invalid. */
function fromBase64url(text) {
    if (typeof text !== "string" || !/^[A-Za-z0-9_+/-]*={0,2}$/.test(text)) {
        throw new TypeError("Invalid base64url value");
    }
    try {
        return base64url.parse(text.replace(/\+/g, "-").replace(/\//g, "_"), { loose: true });
    } catch {
        // pa_error carries the error's name to the server: malformed options stay a TypeError there.
        throw new TypeError("Invalid base64url value");
    }
}

/** Credential descriptors from the server (id as base64url) to WebAuthn's form (id as bytes). */
function toCredentialDescriptors(list) {
    if (!Array.isArray(list)) {
        return [];
    }
    return list.map((descriptor) => {
        const result = { type: descriptor.type || "public-key", id: fromBase64url(descriptor.id) };
        if (Array.isArray(descriptor.transports) && descriptor.transports.length > 0) {
            result.transports = descriptor.transports;
        }
        return result;
    });
}

// ---------------------------------------------------------------------------------------------
// WebAuthn options (the server's JSON, binary values in base64url) and results (form fields)

/** The server's request options to navigator.credentials.get()'s publicKey. */
export function requestOptions(options) {
    const publicKey = {
        challenge: fromBase64url(options.challenge),
        allowCredentials: toCredentialDescriptors(options.allowCredentials),
    };
    if (options.rpId) publicKey.rpId = options.rpId;
    if (options.userVerification) publicKey.userVerification = options.userVerification;
    if (options.timeout > 0) publicKey.timeout = options.timeout;
    // WebAuthn L3 hints (client-device, hybrid, security-key); browsers that do not know them ignore them
    if (Array.isArray(options.hints) && options.hints.length > 0) publicKey.hints = options.hints;
    return publicKey;
}

/** The server's creation options to navigator.credentials.create()'s publicKey. */
export function creationOptions(options) {
    const publicKey = {
        ...options,
        challenge: fromBase64url(options.challenge),
        user: { ...options.user, id: fromBase64url(options.user?.id) },
        excludeCredentials: toCredentialDescriptors(options.excludeCredentials),
    };
    if (!(publicKey.timeout > 0)) delete publicKey.timeout;
    if (!Array.isArray(publicKey.hints) || publicKey.hints.length === 0) delete publicKey.hints;
    const selection = publicKey.authenticatorSelection;
    if (selection && !selection.authenticatorAttachment) {
        publicKey.authenticatorSelection = { ...selection };
        delete publicKey.authenticatorSelection.authenticatorAttachment;
    }
    return publicKey;
}

function credentialFields(credential) {
    return {
        pa_credential_id: toBase64url(credential.rawId),
        pa_client_data: toBase64url(credential.response.clientDataJSON),
    };
}

/** Fields of a successful navigator.credentials.get() result. */
export function assertionFields(credential) {
    const response = credential.response;
    return {
        ...credentialFields(credential),
        pa_authenticator_data: toBase64url(response.authenticatorData),
        pa_signature: toBase64url(response.signature),
        pa_user_handle: response.userHandle ? toBase64url(response.userHandle) : "",
    };
}

/** Fields of a successful navigator.credentials.create() result. */
export function attestationFields(credential) {
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
        ...credentialFields(credential),
        pa_attestation_object: toBase64url(response.attestationObject),
        pa_transports: transports,
        pa_attachment: credential.authenticatorAttachment || "",
    };
}

/** Parses the JSON in a data attribute; returns null when absent or malformed. */
export function readJsonData(element, name) {
    const raw = element?.dataset?.[name];
    if (!raw) {
        return null;
    }
    try {
        const value = JSON.parse(raw);
        return value !== null && typeof value === "object" ? value : null;
    } catch {
        return null;
    }
}

// ---------------------------------------------------------------------------------------------
// WebAuthn helpers

export function webAuthnSupported() {
    return typeof PublicKeyCredential !== "undefined"
        && typeof navigator.credentials?.get === "function";
}

/** Conditional mediation (passkey autofill) supported and available? Never throws. */
export async function conditionalMediationAvailable() {
    return (await guarded(() => PublicKeyCredential.isConditionalMediationAvailable(), false)) === true;
}

/**
 * The error name the server gets as pa_error: the DOMException name (NotAllowedError, AbortError, ...),
 * restricted to a short identifier; anything else becomes UnknownError.
 */
export function errorName(error) {
    const name = typeof error?.name === "string" ? error.name : "";
    return /^[A-Za-z]{1,64}$/.test(name) ? name : "UnknownError";
}

/** Milliseconds since start (a performance.now() value), as a non-negative integer string. */
export function elapsedMs(start) {
    return String(Math.max(0, Math.round(performance.now() - start)));
}

// ---------------------------------------------------------------------------------------------
// Signals: pa_device and pa_capabilities, sent on every post

/** The per-browser device marker; "" if storage or crypto.randomUUID is unavailable. */
export function deviceMarker() {
    try {
        let marker = window.localStorage.getItem(DEVICE_KEY);
        if (!marker) {
            marker = crypto.randomUUID();
            window.localStorage.setItem(DEVICE_KEY, marker);
        }
        return marker;
    } catch {
        return "";
    }
}

/** Runs fn, resolving to fallback if it is missing, throws, rejects or takes longer than a second. */
function guarded(fn, fallback) {
    return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(fallback), CAPABILITY_CALL_TIMEOUT_MS);
        const done = (value) => {
            clearTimeout(timer);
            resolve(value);
        };
        try {
            Promise.resolve(fn()).then(done, () => done(fallback));
        } catch {
            done(fallback);
        }
    });
}

function smallCapabilities(capabilities) {
    if (capabilities === null || typeof capabilities !== "object") {
        return null;
    }
    const result = {};
    let count = 0;
    for (const [key, value] of Object.entries(capabilities)) {
        // "extension:*" entries (a dozen or more in Chromium) say nothing about passkey readiness: left out.
        if (typeof value === "boolean" && !key.startsWith("extension:") && key.length <= 64
                && count < MAX_CLIENT_CAPABILITIES) {
            result[key] = value;
            count++;
        }
    }
    return result;
}

/** The pa_capabilities JSON string. Never rejects. */
export async function capabilities() {
    const webauthn = typeof PublicKeyCredential !== "undefined";
    const [platformAuthenticator, conditionalGet, clientCapabilities, uaHints] = await Promise.all([
        guarded(() => PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable(), false),
        guarded(() => PublicKeyCredential.isConditionalMediationAvailable(), false),
        guarded(() => PublicKeyCredential.getClientCapabilities(), null),
        guarded(() => userAgentHints(), null),
    ]);
    return JSON.stringify({
        platformAuthenticator: platformAuthenticator === true,
        conditionalGet: conditionalGet === true,
        clientCapabilities: smallCapabilities(clientCapabilities),
        webauthn,
        uaHints,
    });
}

// User-agent client hints (Chromium browsers): the real OS version behind a frozen user-agent string,
// e.g. Windows 11 where the user agent still says "Windows NT 10.0". Absent elsewhere.
async function userAgentHints() {
    if (!navigator.userAgentData || typeof navigator.userAgentData.getHighEntropyValues !== "function") {
        return null;
    }
    const values = await navigator.userAgentData.getHighEntropyValues(["platformVersion"]);
    return {
        platform: String(values.platform || "").slice(0, 32),
        platformVersion: String(values.platformVersion || "").slice(0, 32),
        mobile: values.mobile === true,
    };
}

let signalsPromise;

/** Signals are collected once per page (started early, awaited when posting). */
export function signals() {
    if (!signalsPromise) {
        signalsPromise = capabilities()
            .catch(() => "")
            .then((caps) => ({ pa_device: deviceMarker(), pa_capabilities: caps }));
    }
    return signalsPromise;
}

// ---------------------------------------------------------------------------------------------
// The page's form

export function paForm() {
    return document.getElementById("pa-form");
}

/** Sets a hidden field of the form, creating it if an overriding template left it out. */
export function setField(form, name, value) {
    let input = form.elements.namedItem(name);
    if (input instanceof RadioNodeList) {
        input = input[0];
    }
    if (!input) {
        input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        form.appendChild(input);
    }
    input.value = value === null || value === undefined ? "" : String(value);
}

let posting = false;

/** True once post() has been called (and until the page is restored from the back/forward cache). */
export function isPosting() {
    return posting;
}

/**
 * Posts the page's form once: pa_action, the signals, then the given fields.
 * Uses the native submit() so our own submit handlers do not run again.
 */
export async function post(form, action, fields = {}) {
    if (posting) {
        return;
    }
    posting = true;
    setButtonsDisabled(form, true);
    const collected = await signals();
    setField(form, "pa_action", action);
    for (const [name, value] of Object.entries({ ...collected, ...fields })) {
        setField(form, name, value);
    }
    HTMLFormElement.prototype.submit.call(form);
}

/**
 * Shows or hides an element. Besides [hidden] this toggles PatternFly's pf-v5-u-hidden, because
 * PatternFly's button classes (pf-m-block: display:block) would otherwise override [hidden].
 */
export function setShown(element, shown) {
    if (element) {
        element.hidden = !shown;
        element.classList.toggle("pf-v5-u-hidden", !shown);
    }
}

/** Disables or enables every button of the form. */
export function setButtonsDisabled(form, disabled) {
    for (const button of form.querySelectorAll("button")) {
        button.disabled = disabled;
    }
}

/**
 * Routes the form's own submits (Enter key, submit buttons) through post(), with the action taken
 * from the submitter's data-pa-action (or the given default). beforePost(action) may abort pending
 * ceremonies or return false to cancel.
 */
function interceptSubmit(form, defaultAction, beforePost) {
    let preparing = false;
    form.addEventListener("submit", (event) => {
        event.preventDefault();
        if (posting || preparing) {
            return;
        }
        const action = event.submitter?.dataset?.paAction || defaultAction;
        const before = beforePost(action);
        if (before === false) {
            return;
        }
        if (before && typeof before.then === "function") {
            // a page adding fields first (the password page's automatic passkey upgrade); it never rejects the post
            preparing = true;
            before.then((fields) => post(form, action, fields || {}), () => post(form, action))
                .finally(() => { preparing = false; });
            return;
        }
        post(form, action);
    });
}

/** Calls onRestore when the page comes back from the back/forward cache (after we had posted). */
function onRestoredFromCache(form, onRestore) {
    window.addEventListener("pageshow", (event) => {
        if (event.persisted) {
            posting = false;
            setButtonsDisabled(form, false);
            onRestore();
        }
    });
}

/**
 * Ties the page's message (#pa-message, rendered with role="alert") to the field that has the focus on load, so a
 * screen reader that skips the alert still reads why the user is on this step when it reads the field.
 */
function describeFocusedField(form) {
    const message = document.getElementById("pa-message");
    const field = form.querySelector("[autofocus]");
    if (!message || !field) {
        return;
    }
    const described = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    if (!described.includes(message.id)) {
        field.setAttribute("aria-describedby", [...described, message.id].join(" "));
    }
}

/**
 * Wires up the page's form: starts collecting the signals, routes its own submits through post()
 * (see interceptSubmit; beforePost(action) may abort pending ceremonies or return false to cancel),
 * calls onRestore after a restore from the back/forward cache, and marks the form data-pa-ready="true".
 * Until then a submit is a plain post without signals; tests wait for the attribute before clicking,
 * so a page adds its own listeners before this call. beforePost may also return a Promise of extra fields.
 * The Signal API calls the server put on the form (data-pa-signals) are made here, once.
 */
export function wirePage(form, defaultAction, { beforePost = () => true, onRestore = () => {} } = {}) {
    signals();
    pageSignals(form);
    describeFocusedField(form);
    interceptSubmit(form, defaultAction, beforePost);
    onRestoredFromCache(form, onRestore);
    form.dataset.paReady = "true";
}

// ---------------------------------------------------------------------------------------------
// Passkey autofill (conditional mediation) on a page's username or password field

/**
 * Waits in the background for the user to pick a passkey from the autofill list, then posts it as
 * pa_action=passkey. Errors are ignored on purpose (AbortError when the user submits the form instead,
 * NotAllowedError on timeout). Returns the AbortController, or null if not started.
 */
async function startConditionalGet(form, options) {
    if (!options || !webAuthnSupported() || !(await conditionalMediationAvailable()) || isPosting()) {
        return null;
    }
    const controller = new AbortController();
    const publicKey = requestOptions(options);
    const start = performance.now();
    navigator.credentials.get({ mediation: "conditional", publicKey, signal: controller.signal })
        .then(async (credential) => {
            if (credential && !controller.signal.aborted && !isPosting()) {
                const duration = elapsedMs(start);
                await signalAcceptedAfterSignIn(form, credential);
                await post(form, "passkey", { ...assertionFields(credential), pa_duration_ms: duration });
            }
        })
        .catch(() => {});
    return controller;
}

/**
 * Wires up a page whose field offers the passkeys of data-conditional-options in its autofill
 * (identifier, password): the autofill starts at once and again after a restore from the back/forward
 * cache; any submit of the form aborts it before beforePost(action) runs.
 */
export function wireAutofillPage(form, defaultAction, beforePost = () => true) {
    let autofill = null;
    const startAutofill = async () => {
        autofill?.abort();
        autofill = await startConditionalGet(form, readJsonData(form, "conditionalOptions"));
    };
    wirePage(form, defaultAction, {
        beforePost: (action) => {
            autofill?.abort();
            autofill = null;
            return beforePost(action);
        },
        onRestore: startAutofill,
    });
    startAutofill();
}

// ---------------------------------------------------------------------------------------------
// WebAuthn Signal API (WebAuthn L3 §5.1.10): tell the browser's passkey provider which passkeys the server
// still accepts, which one it does not know, and the user's current names. Feature-detected: where a browser
// lacks a call, nothing happens and the page works as before. Each call resolves to true once made, else false;
// none ever rejects or waits longer than a second.

function signalCall(name, options) {
    if (typeof PublicKeyCredential === "undefined" || typeof PublicKeyCredential[name] !== "function") {
        return Promise.resolve(false);
    }
    return guarded(() => PublicKeyCredential[name](options).then(() => true), false);
}

/** signalUnknownCredential({rpId, credentialId}): a passkey the server does not know (deleted, revoked). */
export function signalUnknown({ rpId, credentialId }) {
    return signalCall("signalUnknownCredential", { rpId, credentialId });
}

/** signalAllAcceptedCredentials({rpId, userId, allAcceptedCredentialIds}): the user's current passkeys. */
export function signalAllAccepted({ rpId, userId, allAcceptedCredentialIds }) {
    return signalCall("signalAllAcceptedCredentials", { rpId, userId, allAcceptedCredentialIds });
}

/** signalCurrentUserDetails({rpId, userId, name, displayName}): the user's current names. */
export function signalUserDetails({ rpId, userId, name, displayName }) {
    return signalCall("signalCurrentUserDetails", { rpId, userId, name, displayName });
}

let pageSignalsPromise;

/**
 * Makes the calls of the form's data-pa-signals once per page; resolves to the names of those made
 * ("unknown", "accepted", "details").
 */
export function pageSignals(form) {
    if (!pageSignalsPromise) {
        pageSignalsPromise = runPageSignals(readJsonData(form, "paSignals"));
    }
    return pageSignalsPromise;
}

async function runPageSignals(data) {
    const done = [];
    if (!data || typeof data.rpId !== "string") {
        return done;
    }
    if (typeof data.unknownCredentialId === "string"
            && await signalUnknown({ rpId: data.rpId, credentialId: data.unknownCredentialId })) {
        done.push("unknown");
    }
    if (typeof data.userId === "string" && Array.isArray(data.acceptedCredentialIds)
            && await signalAllAccepted({ rpId: data.rpId, userId: data.userId, allAcceptedCredentialIds: data.acceptedCredentialIds })) {
        done.push("accepted");
    }
    if (typeof data.userId === "string" && typeof data.name === "string"
            && await signalUserDetails({ rpId: data.rpId, userId: data.userId, name: data.name, displayName: data.displayName || data.name })) {
        done.push("details");
    }
    return done;
}

/**
 * After the browser returned one of the user's passkeys (passkey page, autofill of the user's passkeys): the
 * user's passkey ids the form carries (data-accepted-after-sign-in, the same ids as the request options),
 * with the user handle of the returned passkey. Awaited before the post, since the post leaves the page.
 */
export async function signalAcceptedAfterSignIn(form, credential) {
    const data = readJsonData(form, "acceptedAfterSignIn");
    const userHandle = credential?.response?.userHandle;
    if (!data || typeof data.rpId !== "string" || !Array.isArray(data.acceptedCredentialIds) || !userHandle
            || userHandle.byteLength === 0) {
        return false;
    }
    return signalAllAccepted({ rpId: data.rpId, userId: toBase64url(userHandle), allAcceptedCredentialIds: data.acceptedCredentialIds });
}
