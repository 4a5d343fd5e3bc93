// Identifier page (passkey-autopilot-identifier.ftl): username form plus passkey autofill.
// When the server sends conditional options and the browser supports conditional mediation, a conditional
// navigator.credentials.get() waits in the background; choosing a passkey from the autofill list posts
// pa_action=passkey. Submitting the username aborts it and posts pa_action=identify.
import { paForm, wireAutofillPage } from "./passkey-autopilot-common.js";

const form = paForm();

if (form) {
    wireAutofillPage(form, "identify");
}
