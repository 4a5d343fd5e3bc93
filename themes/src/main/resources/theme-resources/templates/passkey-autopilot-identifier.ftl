<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "social-providers.ftl" as identityProviders>
<#import "passkey-autopilot-commons.ftl" as pak>
<#-- our labelled "Signing in as" row in place of template.ftl's (see passkey-autopilot-commons.ftl) -->
<#assign username = pak.usernameInLayout in layout>
<@layout.registrationLayout displayMessage=false displayInfo=(realm.password && realm.registrationAllowed && !registrationDisabled??); section>
<!-- template: passkey-autopilot-identifier.ftl -->
    <#if section = "header">
        ${msg("paIdentifierTitle")}
    <#elseif section = "form">
        <@pak.styles/>
        <@pak.pageMessage show=!messagesPerField.existsError('username')/>
        <div id="kc-form">
            <div id="kc-form-wrapper">
                <#-- pa.conditionalOptions is a JSON string from the server; as an attribute value it is HTML-escaped. -->
                <form id="pa-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                      data-conditional-options="${(pa.conditionalOptions)!''}"
                      data-pa-signals="${(pa.signals)!''}">
                    <#assign usernameLabel>
                        <#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if>
                    </#assign>
                    <@field.input name="username" label=usernameLabel value=(pa.username)!(login.username)!'' autofocus=true autocomplete="username webauthn" />

                    <@pak.signalFields action="identify"/>
                    <@pak.assertionFields/>

                    <@buttons.actionGroup>
                        <@buttons.button id="pa-identifier-submit" label="paIdentifierSubmit" data\-pa\-action="identify"/>
                    </@buttons.actionGroup>
                </form>
            </div>
        </div>
        <script type="module" src="${url.resourcesPath}/js/passkey-autopilot-identifier.js"></script>
    <#elseif section = "info">
        <#if realm.password && realm.registrationAllowed && !registrationDisabled??>
            <div id="kc-registration">
                <span>${msg("noAccount")} <a href="${url.registrationUrl}">${msg("doRegister")}</a></span>
            </div>
        </#if>
    <#elseif section = "socialProviders">
        <#if realm.password && social?? && social.providers?? && social.providers?has_content>
            <@identityProviders.show social=social/>
        </#if>
    </#if>
</@layout.registrationLayout>
