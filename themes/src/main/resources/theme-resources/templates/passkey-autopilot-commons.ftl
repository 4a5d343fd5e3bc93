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
  "Signing in as <username>" with the restart-login affordance.
  keycloak.v2's template.ftl already renders it (its username macro) whenever auth.showUsername() is true,
  i.e. when the flow has a user or the USERNAME_HIDDEN auth note is set. Only when it does not
  (e.g. the server deliberately keeps an unknown username unresolved) do we render the same markup
  from pa.username, so the page looks identical either way.
-->
<#macro attemptedUsername>
    <#local paUsername = (pa.username)!''>
    <#if paUsername?has_content && !(auth?has_content && auth.showUsername())>
        <#local paUsernameLabel>
            <#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if>
        </#local>
        <div class="${properties.kcFormClass!} ${properties.kcContentWrapperClass!}">
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormGroupLabelClass!}">
                    <label for="kc-attempted-username" class="${properties.kcFormLabelClass!}">
                        <span class="${properties.kcFormLabelTextClass!}">${paUsernameLabel}</span>
                    </label>
                </div>
                <div class="${properties.kcInputGroup!}">
                    <div class="${properties.kcInputGroupItemClass!} ${properties.kcFill!}">
                        <span class="${properties.kcInputClass!} ${properties.kcFormReadOnlyClass!}">
                            <input id="kc-attempted-username" value="${paUsername}" readonly>
                        </span>
                    </div>
                    <div class="${properties.kcInputGroupItemClass!}">
                        <a id="reset-login" href="${url.loginRestartFlowUrl}" role="button"
                           class="${properties.kcFormPasswordVisibilityButtonClass!} kc-login-tooltip"
                           aria-label="${msg('restartLoginTooltip')}">
                            <i class="fa-sync-alt fas" aria-hidden="true"></i>
                            <span class="kc-tooltip-text">${msg("restartLoginTooltip")}</span>
                        </a>
                    </div>
                </div>
            </div>
        </div>
    </#if>
</#macro>

<#-- PatternFly 5 spinner with a text next to it; hidden by default, shown by JS while a ceremony runs. -->
<#macro pendingStatus id textKey>
    <#-- the outer div carries [hidden]: PatternFly's display utilities are !important and would override it -->
    <div id="${id}" aria-live="polite" hidden>
      <div class="pf-v5-u-display-flex pf-v5-u-align-items-center pf-v5-u-mb-md">
        <svg class="pf-v5-c-spinner pf-m-md pf-v5-u-mr-sm" role="progressbar" viewBox="0 0 100 100"
             aria-label="${msg('paWaitingForPasskey')}">
            <circle class="pf-v5-c-spinner__path" cx="50" cy="50" r="45" fill="none"></circle>
        </svg>
        <span>${msg(textKey)}</span>
      </div>
    </div>
</#macro>
