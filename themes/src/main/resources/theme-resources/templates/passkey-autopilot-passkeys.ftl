<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "passkey-autopilot-commons.ftl" as pak>
<#-- "Your passkeys" (required action passkey-autopilot-passkeys). Every value from the server is auto-escaped;
     labels are the user's own text and never go into messages (keycloak.v2 renders those unescaped, sanitized). -->
<#macro tokenFields action credential="">
    <input type="hidden" name="pa_action" value="${action}"/>
    <input type="hidden" name="pa_form_token" value="${pa.formToken}"/>
    <#if credential?has_content><input type="hidden" name="pa_credential" value="${credential}"/></#if>
</#macro>
<#macro browserOnOs browser os><#if browser?has_content && os?has_content>${msg("paListBrowserOnOs", browser, os)}<#elseif browser?has_content>${browser}<#elseif os?has_content>${os}</#if></#macro>
<@layout.registrationLayout; section>
<!-- template: passkey-autopilot-passkeys.ftl -->
    <#if section = "header">
        ${msg("paListTitle")}
    <#elseif section = "form">
        <link rel="stylesheet" href="${url.resourcesPath}/css/passkey-autopilot-passkeys.css"/>
        <#if pa.reauthenticateUrl?has_content>
            <p><a id="pa-reauthenticate" class="${properties.kcButtonPrimaryClass!}" href="${pa.reauthenticateUrl}">${msg("paListSignInAgain")}</a></p>
        </#if>
        <#if pa.confirmDelete??>
            <#assign doomed = pa.confirmDelete>
            <form id="pa-confirm-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <h2 id="pa-confirm-title" class="pa-passkeys__confirm-title">${msg("paListDeleteConfirmTitle")}</h2>
                <p id="pa-confirm-text">${msg("paListDeleteConfirmText")} <strong id="pa-confirm-label" class="pa-passkeys__label">${doomed.label!""}</strong></p>
                <p>${msg("paListDeleteConfirmWarning")}</p>
                <input type="hidden" name="pa_form_token" value="${pa.formToken}"/>
                <input type="hidden" name="pa_credential" value="${doomed.id}"/>
                <@buttons.actionGroup>
                    <button type="submit" id="pa-confirm-delete" name="pa_action" value="delete_confirmed" autofocus
                            class="${properties.kcButtonPrimaryClass!} pf-m-danger ${properties.kcButtonBlockClass!}">${msg("paListDeleteConfirm")}</button>
                    <button type="submit" id="pa-cancel-delete" name="pa_action" value="cancel"
                            class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("doCancel")}</button>
                </@buttons.actionGroup>
            </form>
        <#else>
            <p id="pa-list-intro">${msg("paListIntro")}</p>
            <#if pa.passkeys?has_content>
                <ul id="pa-passkeys" class="pa-passkeys" aria-label="${msg('paListTitle')}">
                <#list pa.passkeys as card>
                    <li class="pa-passkeys__card" id="pa-passkey-${card?index}" data-credential="${card.id}">
                        <div class="pa-passkeys__head">
                            <#if card.iconLight?has_content>
                                <picture class="pa-passkeys__icon">
                                    <#if card.iconDark?has_content><source media="(prefers-color-scheme: dark)" srcset="${card.iconDark}"/></#if>
                                    <img src="${card.iconLight}" alt="" width="32" height="32"/>
                                </picture>
                            <#else>
                                <span class="pa-passkeys__icon pa-passkeys__icon--generic" aria-hidden="true"><i class="fas fa-key"></i></span>
                            </#if>
                            <div class="pa-passkeys__names">
                                <h2 class="pa-passkeys__label">${card.label!msg("paListUnnamed")}</h2>
                                <p class="pa-passkeys__provider">${card.provider!msg("paListProviderUnknown")}</p>
                            </div>
                        </div>
                        <ul class="pa-passkeys__facts">
                            <li class="pa-passkeys__where"><#if card.whereAccount?has_content>${msg(card.where, card.whereAccount)}<#else>${msg(card.where)}</#if></li>
                            <#if card.crossDevice><li class="pa-passkeys__hybrid">${msg("paListCrossDevice")}</li></#if>
                            <li class="pa-passkeys__created"><#if card.createdAt?has_content>${msg("paListCreated", card.createdAt)}<#else>${msg("paListCreatedUnknown")}</#if><#if card.createdBrowser?has_content || card.createdOs?has_content> · <span class="pa-passkeys__created-on"><@browserOnOs browser=card.createdBrowser!"" os=card.createdOs!""/></span></#if></li>
                            <li class="pa-passkeys__last-used"><#if card.lastUsedAt?has_content>${msg("paListLastUsed", card.lastUsedAt)}<#if card.lastUsedBrowser?has_content || card.lastUsedOs?has_content> · <span class="pa-passkeys__last-used-on"><@browserOnOs browser=card.lastUsedBrowser!"" os=card.lastUsedOs!""/></span></#if><#else>${msg("paListNeverUsed")}</#if></li>
                            <#if card.usedHere><li class="pa-passkeys__here"><strong>${msg("paListUsedHere")}</strong></li></#if>
                        </ul>
                        <div class="pa-passkeys__actions">
                            <details class="pa-passkeys__rename">
                                <summary>${msg("paListRename")}</summary>
                                <form class="pa-rename-form" action="${url.loginAction}" method="post">
                                    <@tokenFields action="rename" credential=card.id/>
                                    <label for="pa-label-${card?index}">${msg("paListNewName")}</label>
                                    <input type="text" id="pa-label-${card?index}" name="pa_label" value="${card.label!''}" maxlength="64" required
                                           class="pf-v5-c-form-control pa-passkeys__input"/>
                                    <button type="submit" class="${properties.kcButtonSecondaryClass!}">${msg("paListSaveName")}</button>
                                </form>
                            </details>
                            <form class="pa-delete-form" action="${url.loginAction}" method="post">
                                <@tokenFields action="delete" credential=card.id/>
                                <button type="submit" class="${properties.kcButtonLinkClass!} pf-m-danger pa-delete"
                                        aria-label="${msg('paListDeleteNamed', card.label!'')}">${msg("paListDelete")}</button>
                            </form>
                        </div>
                    </li>
                </#list>
                </ul>
            <#else>
                <p id="pa-list-empty">${msg("paListEmpty")}</p>
            </#if>

            <form id="pa-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
                  data-creation-options="${pa.creationOptions!''}" data-signals-needed="${pa.signalsNeeded?c}"
                  data-rp-id="${pa.rpId}" data-user-handle="${pa.userHandle}" data-accepted-ids="${pa.acceptedIds}"
                  data-changed="${pa.changed?c}">
                <input type="hidden" name="pa_form_token" value="${pa.formToken}"/>
                <@pak.signalFields action="done"/>
                <@pak.attestationFields/>
                <@pak.errorField/>
                <@pak.pendingStatus id="pa-list-pending" textKey="paFollowBrowserPrompt"/>
                <#if pa.add == "ALREADY_HERE">
                    <p id="pa-already-here">${msg("paListAlreadyHere")}</p>
                <#elseif pa.add == "CANNOT_CREATE_HERE">
                    <p id="pa-cannot-create">${msg("paListCannotCreateHere")}</p>
                </#if>
                <@buttons.actionGroup>
                    <#if pa.add == "OFFERED">
                        <button type="button" id="pa-create" hidden
                                class="<#if pa.passkeys?has_content>${properties.kcButtonSecondaryClass!}<#else>${properties.kcButtonPrimaryClass!}</#if> ${properties.kcButtonBlockClass!} pf-v5-u-hidden"><#if pa.passkeys?has_content>${msg("paListAdd")}<#else>${msg("paListCreateFirst")}</#if></button>
                    </#if>
                    <button type="submit" id="pa-done" data-pa-action="done"
                            class="<#if pa.passkeys?has_content>${properties.kcButtonPrimaryClass!}<#else>${properties.kcButtonLinkClass!}</#if> ${properties.kcButtonBlockClass!}">${msg("paListDone")}</button>
                </@buttons.actionGroup>
            </form>
        </#if>
        <script type="module" src="${url.resourcesPath}/js/passkey-autopilot-passkeys.js"></script>
    </#if>
</@layout.registrationLayout>
