<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "passkey-autopilot-commons.ftl" as pak>
<@layout.registrationLayout; section>
<!-- template: passkey-autopilot-append.ftl -->
    <#if section = "header">
        ${msg("paAppendTitle")}
    <#elseif section = "form">
        <div id="kc-form">
            <div id="kc-form-wrapper">
                <#-- pa.creationOptions is a JSON string from the server; as an attribute value it is HTML-escaped. -->
                <form id="pa-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                      data-creation-options="${(pa.creationOptions)!''}">
                    <p id="pa-append-why">${msg("paAppendWhy")}</p>
                    <@pak.pendingStatus id="pa-append-pending" textKey="paFollowBrowserPrompt"/>

                    <#-- Without JavaScript the form posts "skip", the only action that works then. -->
                    <@pak.signalFields action="skip"/>
                    <@pak.attestationFields/>
                    <@pak.errorField/>

                    <@buttons.actionGroup>
                        <button type="button" id="pa-create"
                                class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("paCreatePasskey")}</button>
                        <button type="submit" id="pa-skip" data-pa-action="skip"
                                class="${properties.kcButtonLinkClass!} ${properties.kcButtonBlockClass!}">${msg("paNotNow")}</button>
                    </@buttons.actionGroup>
                </form>
            </div>
        </div>
        <script type="module" src="${url.resourcesPath}/js/passkey-autopilot-append.js"></script>
    </#if>
</@layout.registrationLayout>
