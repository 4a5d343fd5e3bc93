// Confirmation after a passkey was created (passkey-autopilot-created.ftl): "Continue" posts pa_action=continue
// with the signals, and the login goes on.
import { paForm, wirePage } from "./passkey-autopilot-common.js";

const form = paForm();

if (form) {
    wirePage(form, "continue");
}
