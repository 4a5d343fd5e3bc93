// Password page (passkey-autopilot-password.ftl): adds the signals to its posts, and when the server sent
// conditional options (decision "conditional only"), offers the user's passkeys in the password field's
// autofill. "Sign in with a passkey" (data-pa-action=retry_passkey) does not send the typed password.
//
// Automatic passkey upgrade (append experiment, arm "automatic"): when the server sent upgrade options and the
// browser reports getClientCapabilities().conditionalCreate, submitting the password first asks the browser to
// create a passkey without a prompt (navigator.credentials.create with mediation "conditional"). Browsers do so
// only when their password manager just filled this password; otherwise the call is rejected. Either way the
// password is posted, within UPGRADE_WAIT_MS at most: pa_upgrade=new_passkey with the new passkey's fields
// (pa_upgrade_*), or pa_upgrade=no_passkey. The server stores the passkey only if the password verifies.
import {
    attestationFields,
    creationOptions,
    paForm,
    readJsonData,
    wireAutofillPage,
} from "./passkey-autopilot-common.js";

const UPGRADE_WAIT_MS = 5000;

const form = paForm();

/** Read at submit time, not on load: the browser may change its answer once the password manager filled the form. */
async function conditionalCreateAvailable() {
    if (typeof PublicKeyCredential === "undefined" || typeof PublicKeyCredential.getClientCapabilities !== "function") {
        return false;
    }
    try {
        const capabilities = await PublicKeyCredential.getClientCapabilities();
        return capabilities?.conditionalCreate === true;
    } catch {
        return false;
    }
}

/** The fields the automatic upgrade adds to the password post; {} when it is not tried. Never rejects. */
async function automaticUpgrade() {
    const options = readJsonData(form, "upgradeOptions");
    if (!options || typeof navigator.credentials?.create !== "function" || !(await conditionalCreateAvailable())) {
        return {};
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), UPGRADE_WAIT_MS);
    try {
        const credential = await navigator.credentials.create({
            publicKey: creationOptions(options), mediation: "conditional", signal: controller.signal,
        });
        if (!credential) {
            return { pa_upgrade: "no_passkey" };
        }
        const fields = { pa_upgrade: "new_passkey" };
        for (const [name, value] of Object.entries(attestationFields(credential))) {
            fields[name.replace(/^pa_/, "pa_upgrade_")] = value;
        }
        return fields;
    } catch {
        return { pa_upgrade: "no_passkey" };
    } finally {
        clearTimeout(timer);
    }
}

if (form) {
    wireAutofillPage(form, "password", (action) => {
        if (action !== "password" && form.elements.namedItem("password")) {
            form.elements.namedItem("password").value = "";
        }
        return action === "password" && form.dataset.upgradeOptions ? automaticUpgrade() : true;
    });
}
