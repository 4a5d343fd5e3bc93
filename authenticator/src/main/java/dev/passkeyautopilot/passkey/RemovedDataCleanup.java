package dev.passkeyautopilot.passkey;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Deletes what we stored for a user or realm when Keycloak removes it, in the same transaction.
 * Credentials have no removal event in Keycloak; the ON DELETE CASCADE foreign key covers them (and
 * covers these cases too at the database level; deleting here keeps the persistence context consistent).
 */
class RemovedDataCleanup implements ProviderEventListener {

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof UserModel.UserRemovedEvent removed) {
            new PasskeyDetailsStore(removed.getKeycloakSession())
                    .deleteByUser(removed.getRealm().getId(), removed.getUser().getId());
        } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
            new PasskeyDetailsStore(removed.getKeycloakSession()).deleteByRealm(removed.getRealm().getId());
        }
    }
}
