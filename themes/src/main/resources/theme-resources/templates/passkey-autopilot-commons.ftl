<#--
  Shared macros of the Passkey Autopilot login pages. Imported by the passkey-autopilot-*.ftl
  templates next to keycloak.v2's template.ftl / field.ftl / buttons.ftl (never a copy of them).
  Templates only pass data; the ceremony logic lives in resources/js/passkey-autopilot-*.js.
-->

<#-- Hidden fields every post carries; filled by passkey-autopilot-common.js before submitting. -->
<#macro signalFields action>
    <input type="hidden" id="pa_action" name="pa_action" value="${action}"/>
    <input type="hidden" id="pa_device" name="pa_device" value=""/>
    <input type="hidden" id="pa_capabilities" name="pa_capabilities" value=""/>
</#macro>

<#-- Result of navigator.credentials.get(): posted with pa_action=passkey (or passkey_error + pa_error). -->
<#macro assertionFields>
    <input type="hidden" id="pa_duration_ms" name="pa_duration_ms" value=""/>
    <input type="hidden" id="pa_credential_id" name="pa_credential_id" value=""/>
    <input type="hidden" id="pa_client_data" name="pa_client_data" value=""/>
    <input type="hidden" id="pa_authenticator_data" name="pa_authenticator_data" value=""/>
    <input type="hidden" id="pa_signature" name="pa_signature" value=""/>
    <input type="hidden" id="pa_user_handle" name="pa_user_handle" value=""/>
</#macro>

<#-- Result of navigator.credentials.create(): posted with pa_action=create (or create_error + pa_error). -->
<#macro attestationFields>
    <input type="hidden" id="pa_duration_ms" name="pa_duration_ms" value=""/>
    <input type="hidden" id="pa_credential_id" name="pa_credential_id" value=""/>
    <input type="hidden" id="pa_client_data" name="pa_client_data" value=""/>
    <input type="hidden" id="pa_attestation_object" name="pa_attestation_object" value=""/>
    <input type="hidden" id="pa_transports" name="pa_transports" value=""/>
    <input type="hidden" id="pa_attachment" name="pa_attachment" value=""/>
</#macro>

<#macro errorField>
    <input type="hidden" id="pa_error" name="pa_error" value=""/>
</#macro>

<#--
  "Signing in as <username>" with the restart-login affordance, labelled by its own field.
  keycloak.v2's template.ftl renders this row (its username macro) whenever auth.showUsername() is true, but its
  label points at "username", an id no field of that row has (axe: "label", critical, on every page after the
  identifier). usernameInLayout puts our row in its place: each template of ours assigns it into the layout's
  namespace, where template.ftl calls it by name, so the rest of the layout stays Keycloak's.
  attemptedUsername renders the same row from pa.username where the layout does not (the server deliberately
  keeps an unknown username unresolved), so the page looks identical either way.
-->
<#macro usernameRow username>
    <#local usernameLabel>
        <#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if>
    </#local>
    <div class="${properties.kcFormGroupClass!}">
        <div class="${properties.kcFormGroupLabelClass!}">
            <label for="kc-attempted-username" class="${properties.kcFormLabelClass!}">
                <span class="${properties.kcFormLabelTextClass!}">${usernameLabel}</span>
            </label>
        </div>
        <div class="${properties.kcInputGroup!}">
            <div class="${properties.kcInputGroupItemClass!} ${properties.kcFill!}">
                <span class="${properties.kcInputClass!} ${properties.kcFormReadOnlyClass!}">
                    <input id="kc-attempted-username" value="${username}" readonly>
                </span>
            </div>
            <div class="${properties.kcInputGroupItemClass!}">
                <a id="reset-login" href="${url.loginRestartFlowUrl}" role="button"
                   class="${properties.kcFormPasswordVisibilityButtonClass!} kc-login-tooltip"
                   aria-label="${msg('restartLoginTooltip')}">
                    <i class="fa-sync-alt fas" aria-hidden="true"></i>
                    <span class="kc-tooltip-text" aria-hidden="true">${msg("restartLoginTooltip")}</span>
                </a>
            </div>
        </div>
    </div>
</#macro>

<#macro usernameInLayout>
    <@usernameRow username=auth.attemptedUsername/>
</#macro>

<#macro attemptedUsername>
    <#local paUsername = (pa.username)!''>
    <#if paUsername?has_content && !(auth?has_content && auth.showUsername())>
        <div class="${properties.kcFormClass!} ${properties.kcContentWrapperClass!}">
            <@usernameRow username=paUsername/>
        </div>
    </#if>
</#macro>

<#-- Our stylesheet (resources/css/passkey-autopilot.css); theme resources cannot add to a theme's head. -->
<#macro styles>
    <link rel="stylesheet" href="${url.resourcesPath}/css/passkey-autopilot.css"/>
</#macro>

<#--
  The page's message (Keycloak's "message"), where template.ftl would show it, but announced: role="alert", so a
  screen reader reads why the user is on this step (template.ftl's alert is a plain div). Our templates pass
  displayMessage=false to the layout and call this instead; the page's script also ties it to the focused field.
-->
<#macro pageMessage show=true>
    <#if show && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
        <div id="pa-message" role="alert" class="${properties.kcAlertClass!} pf-m-${(message.type = 'error')?then('danger', message.type)}">
            <div class="${properties.kcAlertIconClass!}">
                <#if message.type = 'success'><span class="${properties.kcFeedbackSuccessIcon!}" aria-hidden="true"></span></#if>
                <#if message.type = 'warning'><span class="${properties.kcFeedbackWarningIcon!}" aria-hidden="true"></span></#if>
                <#if message.type = 'error'><span class="${properties.kcFeedbackErrorIcon!}" aria-hidden="true"></span></#if>
                <#if message.type = 'info'><span class="${properties.kcFeedbackInfoIcon!}" aria-hidden="true"></span></#if>
            </div>
            <span class="${properties.kcAlertTitleClass!} kc-feedback-text">${message.summary}</span>
        </div>
    </#if>
</#macro>

<#-- PatternFly 5 spinner with a text next to it; hidden by default, shown by JS while a ceremony runs. -->
<#macro pendingStatus id textKey>
    <#-- the outer div carries [hidden]: PatternFly's display utilities are !important and would override it -->
    <div id="${id}" aria-live="polite" hidden>
      <div class="pf-v5-u-display-flex pf-v5-u-align-items-center pf-v5-u-mb-md">
        <#-- the text next to it says what the spinner shows: read once, not twice -->
        <svg class="pf-v5-c-spinner pf-m-md pf-v5-u-mr-sm" viewBox="0 0 100 100" aria-hidden="true">
            <circle class="pf-v5-c-spinner__path" cx="50" cy="50" r="45" fill="none"></circle>
        </svg>
        <span>${msg(textKey)}</span>
      </div>
    </div>
</#macro>
