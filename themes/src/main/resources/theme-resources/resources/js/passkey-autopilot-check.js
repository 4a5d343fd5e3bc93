// Passkey check page (passkey-autopilot-check.ftl): finds what this browser supports and says it in the words
// the template carries, then lists the signed-in user's passkeys with whether each was used in this browser
// (its device marker, which never leaves the browser on a page load, goes in a header to check/passkeys).
import { conditionalMediationAvailable, deviceMarker } from "./passkey-autopilot-common.js";

const root = document.getElementById("pa-check");

function say(id, yes) {
    const element = document.getElementById(id);
    if (element) {
        element.textContent = yes ? element.dataset.yes : element.dataset.no;
        element.dataset.answer = yes ? "yes" : "no";
    }
}

async function capabilities() {
    if (typeof PublicKeyCredential === "undefined") {
        return {};
    }
    try {
        return typeof PublicKeyCredential.getClientCapabilities === "function"
            ? (await PublicKeyCredential.getClientCapabilities()) || {} : {};
    } catch {
        return {};
    }
}

async function platformAuthenticator() {
    try {
        return typeof PublicKeyCredential !== "undefined"
            && await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable() === true;
    } catch {
        return false;
    }
}

function signalApi() {
    return typeof PublicKeyCredential !== "undefined"
        && ["signalUnknownCredential", "signalAllAcceptedCredentials", "signalCurrentUserDetails"]
            .some((name) => typeof PublicKeyCredential[name] === "function");
}

async function listPasskeys() {
    const list = document.getElementById("pa-check-passkeys");
    if (!list || !root.dataset.passkeysUrl) {
        return;
    }
    const marker = deviceMarker();
    const response = await fetch(root.dataset.passkeysUrl, {
        credentials: "same-origin", headers: marker ? { "X-Passkey-Autopilot-Device": marker } : {},
    });
    if (!response.ok) {
        return;
    }
    const answer = await response.json();
    list.replaceChildren();
    if (!answer.signedIn || !Array.isArray(answer.passkeys) || answer.passkeys.length === 0) {
        const item = document.createElement("li");
        item.textContent = root.dataset.textNone;
        list.append(item);
        return;
    }
    for (const passkey of answer.passkeys) {
        const item = document.createElement("li");
        item.className = "pa-check-passkey";
        item.dataset.usedHere = String(passkey.usedHere === true);
        // textContent: labels are the user's own text
        item.textContent = `${passkey.label || passkey.provider || ""}: ${passkey.usedHere ? root.dataset.textUsedHere : root.dataset.textNotUsedHere}`;
        list.append(item);
    }
}

if (root) {
    const [platform, autofill, clientCapabilities] = await Promise.all([
        platformAuthenticator(), conditionalMediationAvailable(), capabilities(),
    ]);
    say("pa-check-platform", platform);
    say("pa-check-autofill", autofill);
    say("pa-check-hybrid", clientCapabilities.hybridTransport === true);
    say("pa-check-signal", signalApi());
    try {
        await listPasskeys();
    } catch {
        // the capabilities above still stand
    }
    root.dataset.paReady = "true";
}
