<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "passkey-autopilot-commons.ftl" as pak>
<@layout.registrationLayout; section>
<!-- template: passkey-autopilot-passkey.ftl -->
    <#if section = "header">
        ${msg("paPasskeyTitle")}
    <#elseif section = "form">
        <#-- "Signing in as": template.ftl shows the attempted username with "restart login"; fallback only if it does not. -->
        <@pak.attemptedUsername/>
        <div id="kc-form">
            <div id="kc-form-wrapper">
                <#-- pa.requestOptions is a JSON string from the server; as an attribute value it is HTML-escaped. -->
                <form id="pa-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                      data-request-options="${(pa.requestOptions)!''}"
                      data-auto-start="${((pa.autoStart)!true)?c}">
                    <p id="pa-passkey-prompt">${msg("paPasskeyPrompt")}</p>
                    <@pak.pendingStatus id="pa-passkey-pending" textKey="paFollowBrowserPrompt"/>

                    <#-- Without JavaScript the form posts "use_password", the only action that works then. -->
                    <@pak.signalFields action="use_password"/>
                    <@pak.assertionFields/>
                    <@pak.errorField/>

                    <@buttons.actionGroup>
                        <#-- shown by JS when no ceremony is pending; pf-v5-u-hidden because pf-m-block overrides [hidden] -->
                        <button type="button" id="pa-retry" hidden
                                class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} pf-v5-u-hidden">${msg("paTryAgain")}</button>
                        <button type="submit" id="pa-use-password" data-pa-action="use_password"
                                class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("paUsePasswordInstead")}</button>
                    </@buttons.actionGroup>
                </form>
            </div>
        </div>
        <script type="module" src="${url.resourcesPath}/js/passkey-autopilot-passkey.js"></script>
    </#if>
</@layout.registrationLayout>
