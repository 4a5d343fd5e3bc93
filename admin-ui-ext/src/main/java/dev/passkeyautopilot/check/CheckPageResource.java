package dev.passkeyautopilot.check;

import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.PasskeyDetails;
import dev.passkeyautopilot.passkey.PasskeyServices;
import dev.passkeyautopilot.passkey.UserPasskeys;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.locale.LocaleUpdaterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /realms/{realm}/passkey-autopilot/check}: the passkey check, a self-help page that says in plain words
 * what this browser and device support, and for a signed-in user which of their passkeys were used here. The
 * page is our login theme's {@code passkey-autopilot-check.ftl} rendered by Keycloak's login forms (the realm's
 * theme, locale and layout); what the browser supports is found by the page's script, since only the browser
 * knows. {@code check/passkeys} answers the signed-in user's passkeys as JSON; the browser is identified by
 * Keycloak's identity cookie (the realm's SSO session), this browser by the device marker the page sends in
 * {@value #DEVICE_HEADER} (it lives in the browser's localStorage, which a page load does not send).
 */
public class CheckPageResource {

    static final String TEMPLATE = "passkey-autopilot-check.ftl";
    static final String DEVICE_HEADER = "X-Passkey-Autopilot-Device";
    static final String LOCALE_PARAMETER = "kc_locale";
    private static final Pattern DEVICE_MARKER = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final KeycloakSession session;

    public CheckPageResource(KeycloakSession session) {
        this.session = session;
    }

    /**
     * The page. {@code ?kc_locale=de} is honoured as on Keycloak's login pages: Keycloak reads it only inside a
     * login, so here it becomes the locale cookie and the page is loaded again without it.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam(LOCALE_PARAMETER) String requestedLocale) {
        RealmModel realm = session.getContext().getRealm();
        if (requestedLocale != null) {
            if (realm.isInternationalizationEnabled() && realm.getSupportedLocalesStream().anyMatch(requestedLocale::equals)) {
                session.getProvider(LocaleUpdaterProvider.class).updateLocaleCookie(requestedLocale);
            }
            return Response.seeOther(session.getContext().getUri().getRequestUriBuilder().replaceQueryParam(LOCALE_PARAMETER).build()).build();
        }
        String base = session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName()).path("passkey-autopilot")
                .path("check").build().toString();
        return session.getProvider(LoginFormsProvider.class)
                .setAttribute("pa", new CheckPage(base + "/passkeys", signedIn(realm).isPresent()))
                .createForm(TEMPLATE);
    }

    /** The signed-in user's passkeys; {@code signedIn: false} without a session. Never cached. */
    @GET
    @Path("passkeys")
    @Produces(MediaType.APPLICATION_JSON)
    public Response passkeys(@HeaderParam(DEVICE_HEADER) String deviceMarker) {
        RealmModel realm = session.getContext().getRealm();
        Optional<UserModel> user = signedIn(realm);
        CheckRepresentations.Answer answer;
        if (user.isEmpty()) {
            answer = new CheckRepresentations.Answer(false, null, List.of());
        } else {
            String marker = deviceMarker != null && DEVICE_MARKER.matcher(deviceMarker).matches() ? deviceMarker : null;
            UserPasskeys passkeys = PasskeyServices.of(session).passkeys(session);
            List<CheckRepresentations.PasskeyHere> list = passkeys.list(realm, user.get()).stream()
                    .map(p -> here(passkeys, p, marker)).toList();
            answer = new CheckRepresentations.Answer(true, user.get().getUsername(), list);
        }
        return Response.ok(answer).header("Cache-Control", "no-store").build();
    }

    private static CheckRepresentations.PasskeyHere here(UserPasskeys passkeys, Passkey passkey, String marker) {
        Optional<PasskeyDetails> details = passkey.details();
        boolean createdHere = marker != null && details.map(d -> marker.equals(d.createdDeviceMarker())).orElse(false);
        boolean usedHere = marker != null && details.map(d -> marker.equals(d.lastUsedDeviceMarker())).orElse(false);
        String provider = passkey.aaguid() == null ? null : passkeys.providerName(passkey.aaguid()).orElse(null);
        return new CheckRepresentations.PasskeyHere(passkey.label(), provider, createdHere, usedHere || createdHere,
                details.map(PasskeyDetails::lastUsedAt).orElse(null));
    }

    private Optional<UserModel> signedIn(RealmModel realm) {
        AuthenticationManager.AuthResult result = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        return Optional.ofNullable(result).map(AuthenticationManager.AuthResult::getUser);
    }
}
