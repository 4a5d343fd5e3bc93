<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "passkey-autopilot-commons.ftl" as pak>
<#-- our labelled "Signing in as" row in place of template.ftl's (see passkey-autopilot-commons.ftl) -->
<#assign username = pak.usernameInLayout in layout>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: passkey-autopilot-password.ftl -->
    <#if section = "header">
        ${msg("paPasswordTitle")}
    <#elseif section = "form">
        <@pak.styles/>
        <@pak.attemptedUsername/>
        <#-- The server's fallback message (e.g. paPasskeyNotFinished) arrives as the standard "message". -->
        <@pak.pageMessage show=!messagesPerField.existsError('password')/>
        <div id="kc-form">
            <div id="kc-form-wrapper">
                <#-- pa.conditionalOptions: the server chose "conditional only": the password field also offers the passkeys. -->
                <form id="pa-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                      data-conditional-options="${(pa.conditionalOptions)!''}"
                      data-pa-signals="${(pa.signals)!''}"
                      data-accepted-after-sign-in="${(pa.acceptedAfterSignIn)!''}"
                      data-upgrade-options="${(pa.upgradeOptions)!''}">
                    <#-- For password managers: which account this password belongs to. -->
                    <input type="text" name="username" value="${(pa.username)!''}" autocomplete="username" hidden/>

                    <@field.password name="password" label=msg("password") forgotPassword=realm.resetPasswordAllowed autofocus=true autocomplete=((pa.conditionalOptions)?has_content)?then("current-password webauthn", "current-password") />

                    <@pak.signalFields action="password"/>
                    <@pak.assertionFields/>

                    <@buttons.actionGroup>
                        <@buttons.button id="pa-password-submit" label="doLogIn" data\-pa\-action="password"/>
                        <#if (pa.passkeyAvailable)!false>
                            <button type="submit" id="pa-retry-passkey" data-pa-action="retry_passkey" formnovalidate
                                    class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("paSignInWithPasskey")}</button>
                        </#if>
                    </@buttons.actionGroup>
                </form>
                <#if (pa.checkUrl)?has_content>
                    <p class="pf-v5-u-mt-md"><a id="pa-check-link" href="${pa.checkUrl}">${msg("paCheckLink")}</a></p>
                </#if>
            </div>
        </div>
        <script type="module" src="${url.resourcesPath}/js/passkey-autopilot-password.js"></script>
    </#if>
</@layout.registrationLayout>
