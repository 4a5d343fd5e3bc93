<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "passkey-autopilot-commons.ftl" as pak>
<@layout.registrationLayout; section>
<!-- template: passkey-autopilot-signal.ftl -->
    <#if section = "header">
        ${msg("paSignalTitle")}
    <#elseif section = "form">
        <div id="kc-form">
            <div id="kc-form-wrapper">
                <#-- pa.signals is a JSON string from the server (PageSignals); as an attribute value it is HTML-escaped. -->
                <form id="pa-form" class="${properties.kcFormClass!} ${properties.kcContentWrapperClass!}" action="${url.loginAction}" method="post"
                      data-pa-signals="${(pa.signals)!''}">
                    <p id="pa-signal-text" aria-live="polite">${msg("paSignalText")}</p>
                    <@pak.signalFields action="continue"/>
                    <input type="hidden" id="pa_signalled" name="pa_signalled" value=""/>
                    <#-- Without JavaScript nothing is signalled; the button continues the sign-in. -->
                    <@buttons.actionGroup>
                        <button type="submit" id="pa-continue" data-pa-action="continue"
                                class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("doContinue")}</button>
                    </@buttons.actionGroup>
                </form>
            </div>
        </div>
        <script type="module" src="${url.resourcesPath}/js/passkey-autopilot-signal.js"></script>
    </#if>
</@layout.registrationLayout>
