<#import "template.ftl" as layout>
<@layout.registrationLayout displayInfo=true; section>
<!-- template: passkey-autopilot-check.ftl -->
    <#if section = "header">
        ${msg("paCheckTitle")}
    <#elseif section = "form">
        <#-- What the browser supports is found by passkey-autopilot-check.js; the texts for each answer come from here. -->
        <div id="pa-check" class="${properties.kcContentWrapperClass!}" data-passkeys-url="${(pa.passkeysUrl)!''}"
             data-signed-in="${((pa.signedIn)!false)?c}"
             data-text-yes="${msg('paCheckYes')}" data-text-no="${msg('paCheckNo')}"
             data-text-used-here="${msg('paCheckUsedHere')}" data-text-not-used-here="${msg('paCheckNotUsedHere')}"
             data-text-none="${msg('paCheckNoPasskeys')}">
            <p>${msg("paCheckIntro")}</p>
            <dl id="pa-check-capabilities" class="pf-v5-c-description-list pf-m-horizontal">
                <#list ["platform", "autofill", "hybrid", "signal"] as item>
                <div class="pf-v5-c-description-list__group">
                    <dt class="pf-v5-c-description-list__term">${msg("paCheck_" + item)}</dt>
                    <dd class="pf-v5-c-description-list__description">
                        <span id="pa-check-${item}" data-yes="${msg('paCheck_' + item + '_yes')}" data-no="${msg('paCheck_' + item + '_no')}">${msg("paCheckChecking")}</span>
                    </dd>
                </div>
                </#list>
            </dl>
            <#if (pa.signedIn)!false>
            <h2 class="pf-v5-u-mt-lg pf-v5-u-font-size-lg">${msg("paCheckYourPasskeys")}</h2>
            <ul id="pa-check-passkeys" aria-live="polite"></ul>
            <#else>
            <p id="pa-check-signed-out" class="pf-v5-u-mt-lg">${msg("paCheckSignedOut")}</p>
            </#if>
            <noscript><p>${msg("paCheckNoScript")}</p></noscript>
        </div>
        <script type="module" src="${url.resourcesPath}/js/passkey-autopilot-check.js"></script>
    <#elseif section = "info">
        <#-- the essentials of the level-0 guide (docs/support/level0-self-help.md) -->
        <div id="pa-check-guide">
            <h2 class="pf-v5-u-font-size-md">${msg("paCheckGuideTitle")}</h2>
            <ul>
                <li>${msg("paCheckGuide1")}</li>
                <li>${msg("paCheckGuide2")}</li>
                <li>${msg("paCheckGuide3")}</li>
            </ul>
        </div>
    </#if>
</@layout.registrationLayout>
