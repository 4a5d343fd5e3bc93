package dev.passkeyautopilot.passkey;

import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.webauthn.VerifiedAssertion;
import dev.passkeyautopilot.webauthn.VerifiedRegistration;
import jakarta.persistence.EntityManager;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link PasskeyDetailsEntity} rows inside the current Keycloak transaction. A user's rows are read
 * once per request ({@link RequestMemo}): they are the persistence context's own entities, which every change here
 * goes through ({@code em.find} returns the same instance), so the memo sees changes to them; a row created or
 * deleted empties it.
 */
public class PasskeyDetailsStore {

    private final EntityManager em;
    private final RequestMemo memo;

    public PasskeyDetailsStore(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.memo = RequestMemo.of(session);
    }

    public void recordCreated(RealmModel realm, UserModel user, String credentialModelId, VerifiedRegistration registration,
                              Environment environment, String deviceMarker) {
        memo.forgetDetails();
        PasskeyDetailsEntity details = new PasskeyDetailsEntity();
        details.setCredentialId(credentialModelId);
        details.setRealmId(realm.getId());
        details.setUserId(user.getId());
        details.setBackupEligible(registration.backupEligible());
        details.setBackupState(registration.backedUp());
        details.setAttachment(registration.authenticatorAttachment());
        details.setTransports(String.join(",", new java.util.TreeSet<>(registration.transports())));
        details.setCreatedOs(environment.osFamily());
        details.setCreatedOsVersion(environment.osVersion());
        details.setCreatedBrowser(environment.browserFamily());
        details.setCreatedBrowserVersion(environment.browserVersion());
        details.setCreatedDeviceClass(environment.deviceClass());
        details.setCreatedDeviceMarker(deviceMarker);
        details.setCreatedAt(Time.currentTimeMillis());
        details.setUseCount(0);
        details.setAaguid(registration.attestedCredentialData().getAaguid().toString());
        em.persist(details);
    }

    /**
     * Records a successful use. Passkeys registered by Keycloak's own pages have no row yet: one is started
     * from what this assertion shows (backup flags), with creation details unknown.
     */
    public void recordUsed(RealmModel realm, UserModel user, String credentialModelId, VerifiedAssertion assertion, String deviceMarker) {
        PasskeyDetailsEntity details = em.find(PasskeyDetailsEntity.class, credentialModelId);
        if (details == null) {
            details = new PasskeyDetailsEntity();
            details.setCredentialId(credentialModelId);
            details.setRealmId(realm.getId());
            details.setUserId(user.getId());
            details.setBackupEligible(assertion.backupEligible());
            details.setCreatedAt(Time.currentTimeMillis());
            em.persist(details);
            memo.forgetDetails();
        }
        details.setBackupState(assertion.backedUp());
        details.setLastUsedAt(Time.currentTimeMillis());
        details.setLastUsedDeviceMarker(deviceMarker);
        details.setUseCount(details.getUseCount() + 1);
    }

    /**
     * Records a sign-in through Keycloak's own passkey authenticators (its LOGIN event names the credential): when
     * and how often, as for ours; no device marker, which only our pages know. A passkey without a row gets one,
     * its creation details unknown.
     */
    public void recordUsedElsewhere(RealmModel realm, UserModel user, String credentialModelId) {
        PasskeyDetailsEntity details = em.find(PasskeyDetailsEntity.class, credentialModelId);
        if (details == null) {
            details = new PasskeyDetailsEntity();
            details.setCredentialId(credentialModelId);
            details.setRealmId(realm.getId());
            details.setUserId(user.getId());
            details.setCreatedAt(Time.currentTimeMillis());
            em.persist(details);
            memo.forgetDetails();
        }
        details.setLastUsedAt(Time.currentTimeMillis());
        details.setLastUsedDeviceMarker(null);
        details.setUseCount(details.getUseCount() + 1);
    }

    /** Where the last sign-in with the passkey ran; written from the LOGIN event of any flow. */
    public void recordLastUsedEnvironment(String credentialModelId, Environment environment) {
        PasskeyDetailsEntity details = em.find(PasskeyDetailsEntity.class, credentialModelId);
        if (details != null) {
            details.setLastUsedOs(environment.osFamily());
            details.setLastUsedOsVersion(environment.osVersion());
            details.setLastUsedBrowser(environment.browserFamily());
            details.setLastUsedBrowserVersion(environment.browserVersion());
        }
    }

    public void flagCloneSuspected(String credentialModelId) {
        PasskeyDetailsEntity details = em.find(PasskeyDetailsEntity.class, credentialModelId);
        if (details != null) {
            details.setCloneSuspectedAt(Time.currentTimeMillis());
        }
    }

    /** Rows of one user, by Keycloak credential id; read once per request until one of ours is written. */
    public Map<String, PasskeyDetailsEntity> byUser(RealmModel realm, UserModel user) {
        return memo.details(realm.getId(), user.getId(), () -> em.createNamedQuery("pa.passkeyDetailsByUser", PasskeyDetailsEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", user.getId())
                .getResultStream()
                .collect(Collectors.toUnmodifiableMap(PasskeyDetailsEntity::getCredentialId, Function.identity())));
    }

    public int deleteByUser(String realmId, String userId) {
        memo.forgetDetails();
        return em.createNamedQuery("pa.deletePasskeyDetailsByUser")
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .executeUpdate();
    }

    public int deleteByRealm(String realmId) {
        memo.forgetDetails();
        return em.createNamedQuery("pa.deletePasskeyDetailsByRealm")
                .setParameter("realmId", realmId)
                .executeUpdate();
    }
}
