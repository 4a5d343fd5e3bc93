package dev.passkeyautopilot.mfa;

import org.keycloak.OAuth2Constants;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code amr} claim (RFC 8176) as this extension defines it: {@code pwd}, {@code otp}, {@code hwk} or
 * {@code swk} for a device-bound or synced passkey, {@code user} when the authenticator verified the user,
 * and {@code mfa} when two kinds of factor were used. Unlike Keycloak's own AMR mapper it needs no
 * per-execution configuration and tells a passkey login from a password login within one step.
 */
public class PasskeyAmrMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String PROVIDER_ID = "passkey-autopilot-amr";

    private static final List<ProviderConfigProperty> PROPERTIES = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(PROPERTIES, PasskeyAmrMapper.class);
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mappingModel, UserSessionModel userSession, KeycloakSession keycloakSession,
                            ClientSessionContext clientSessionCtx) {
        AuthenticationMethods methods = SessionMethods.of(userSession.getRealm(), userSession::getNote);
        if (!methods.isEmpty()) {
            token.getOtherClaims().put(OAuth2Constants.AUTHENTICATOR_METHOD_REFERENCE, methods.values());
        }
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getDisplayType() {
        return "Passkey Autopilot: authentication methods (amr)";
    }

    @Override
    public String getHelpText() {
        return "Adds the RFC 8176 'amr' claim: pwd, otp, hwk (device-bound passkey), swk (synced passkey), user (user verified), mfa.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PROPERTIES;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
