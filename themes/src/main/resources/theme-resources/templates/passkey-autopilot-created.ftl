<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "passkey-autopilot-commons.ftl" as pak>
<#-- our labelled "Signing in as" row in place of template.ftl's (see passkey-autopilot-commons.ftl) -->
<#assign username = pak.usernameInLayout in layout>
<#-- After a passkey was created on the append offer: where it was saved, before the login goes on. -->
<@layout.registrationLayout displayMessage=false; section>
<!-- template: passkey-autopilot-created.ftl -->
    <#if section = "header">
        <#if (pa.provider)?has_content>${msg("paCreatedTitleProvider", pa.provider)}<#else>${msg("paCreatedTitle")}</#if>
    <#elseif section = "form">
        <@pak.styles/>
        <@pak.pageMessage/>
        <div id="kc-form">
            <div id="kc-form-wrapper">
                <form id="pa-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                    <p id="pa-created-next">${msg("paCreatedNext")}</p>
                    <@pak.signalFields action="continue"/>
                    <@buttons.actionGroup>
                        <button type="submit" id="pa-continue" data-pa-action="continue" autofocus
                                class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("paContinue")}</button>
                    </@buttons.actionGroup>
                </form>
            </div>
        </div>
        <script type="module" src="${url.resourcesPath}/js/passkey-autopilot-created.js"></script>
    </#if>
</@layout.registrationLayout>
