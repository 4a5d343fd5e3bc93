<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "passkey-autopilot-commons.ftl" as pak>
<#-- our labelled "Signing in as" row in place of template.ftl's (see passkey-autopilot-commons.ftl) -->
<#assign username = pak.usernameInLayout in layout>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: passkey-autopilot-passkey.ftl -->
    <#if section = "header">
        <#if (pa.secondFactor)!false>${msg("paSecondFactorTitle")}<#else>${msg("paPasskeyTitle")}</#if>
    <#elseif section = "form">
        <#-- "Signing in as": template.ftl shows the attempted username with "restart login"; fallback only if it does not. -->
        <@pak.styles/>
        <@pak.attemptedUsername/>
        <@pak.pageMessage/>
        <div id="kc-form">
            <div id="kc-form-wrapper">
                <#-- pa.requestOptions is a JSON string from the server; as an attribute value it is HTML-escaped. -->
                <form id="pa-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                      data-request-options="${(pa.requestOptions)!''}"
                      data-auto-start="${((pa.autoStart)!true)?c}"
                      data-accepted-after-sign-in="${(pa.acceptedAfterSignIn)!''}"
                      data-retry-after-seconds="${((pa.retryAfterSeconds)!30)?c}">
                    <#assign secondFactor = (pa.secondFactor)!false>
                    <#-- what to do, in one sentence: while the prompt runs, follow it; behind the button, start it -->
                    <p id="pa-passkey-prompt"><#if secondFactor>${msg("paSecondFactorPrompt")}<#elseif (pa.autoStart)!true>${msg("paPasskeyWaitPrompt")}<#else>${msg("paPasskeyPrompt")}</#if></p>
                    <@pak.pendingStatus id="pa-passkey-pending" textKey="paWaitingForPasskey"/>

                    <#-- Without JavaScript the form posts the fallback ("use_password", or "use_fallback" as a second
                         factor), the only action that works then. -->
                    <@pak.signalFields action=secondFactor?then("use_fallback", "use_password")/>
                    <@pak.assertionFields/>
                    <@pak.errorField/>

                    <@buttons.actionGroup>
                        <#-- shown by JS when no ceremony is pending or the prompt has run for data-retry-after-seconds;
                             pf-v5-u-hidden because pf-m-block overrides [hidden] -->
                        <button type="button" id="pa-retry" hidden
                                class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} pf-v5-u-hidden">${msg("paTryAgain")}</button>
                        <#if !secondFactor>
                        <#-- focused: the way out while the browser's prompt may be showing, or hidden behind another window -->
                        <button type="submit" id="pa-use-password" data-pa-action="use_password" autofocus
                                class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("paUsePasswordInstead")}</button>
                        <#elseif (pa.fallbackText)??>
                        <button type="submit" id="pa-use-fallback" data-pa-action="use_fallback" autofocus
                                class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg(pa.fallbackText)}</button>
                        </#if>
                    </@buttons.actionGroup>
                </form>
            </div>
        </div>
        <script type="module" src="${url.resourcesPath}/js/passkey-autopilot-passkey.js"></script>
    </#if>
</@layout.registrationLayout>
