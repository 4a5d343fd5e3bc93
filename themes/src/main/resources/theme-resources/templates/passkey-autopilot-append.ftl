<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "passkey-autopilot-commons.ftl" as pak>
<#-- our labelled "Signing in as" row in place of template.ftl's (see passkey-autopilot-commons.ftl) -->
<#assign username = pak.usernameInLayout in layout>
<#-- Copy experiment (docs/rollout.md): arm X uses the keys "paAppendWhy.X" / "paCreatePasskey.X" where they exist
     (bundled for B and C; add more as realm localization texts), else the default wording. -->
<#function variant key>
    <#assign arm = (pa.copyVariant)!"">
    <#if arm?has_content && msg(key + "." + arm) != key + "." + arm>
        <#return key + "." + arm>
    </#if>
    <#return key>
</#function>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: passkey-autopilot-append.ftl -->
    <#if section = "header">
        <#if (pa.replaceCodes)!false>${msg("paAppendReplaceCodesTitle")}<#else>${msg("paAppendTitle")}</#if>
    <#elseif section = "form">
        <@pak.styles/>
        <@pak.pageMessage/>
        <div id="kc-form">
            <div id="kc-form-wrapper">
                <#-- pa.creationOptions is a JSON string from the server; as an attribute value it is HTML-escaped. -->
                <form id="pa-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                      data-creation-options="${(pa.creationOptions)!''}">
                    <#-- after a login with one-time codes the offer is about replacing them, whatever the copy arm -->
                    <p id="pa-append-why"><#if (pa.replaceCodes)!false>${msg("paAppendReplaceCodesWhy")}<#else>${msg(variant("paAppendWhy"))}</#if></p>
                    <@pak.pendingStatus id="pa-append-pending" textKey="paFollowBrowserPrompt"/>

                    <#-- Without JavaScript the form posts "skip", the only action that works then. -->
                    <@pak.signalFields action="skip"/>
                    <@pak.attestationFields/>
                    <@pak.errorField/>

                    <@buttons.actionGroup>
                        <button type="button" id="pa-create"
                                class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg(variant("paCreatePasskey"))}</button>
                        <button type="submit" id="pa-skip" data-pa-action="skip"
                                class="${properties.kcButtonLinkClass!} ${properties.kcButtonBlockClass!}">${msg("paNotNow")}</button>
                    </@buttons.actionGroup>
                </form>
            </div>
        </div>
        <script type="module" src="${url.resourcesPath}/js/passkey-autopilot-append.js"></script>
    </#if>
</@layout.registrationLayout>
