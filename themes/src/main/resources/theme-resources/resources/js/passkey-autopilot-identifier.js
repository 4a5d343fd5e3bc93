// Identifier page (passkey-autopilot-identifier.ftl): username form plus passkey autofill.
// When the server sends conditional options and the browser supports conditional mediation, a conditional
// navigator.credentials.get() waits in the background; choosing a passkey from the autofill list posts
// pa_action=passkey. Submitting the username aborts it and posts pa_action=identify.
import { interceptSubmit, markReady, onRestoredFromCache, paForm, readJsonData, signals, startPasskeyAutofill } from "./passkey-autopilot-common.js";

const form = paForm();
let autofill = null;

async function startAutofill() {
    autofill?.abort();
    autofill = await startPasskeyAutofill(form, readJsonData(form, "conditionalOptions"));
}

if (form) {
    signals();
    interceptSubmit(form, "identify", () => {
        autofill?.abort();
        autofill = null;
        return true;
    });
    onRestoredFromCache(form, startAutofill);
    markReady(form);
    startAutofill();
}
