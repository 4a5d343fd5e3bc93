package dev.passkeyautopilot.outbox;

import jakarta.persistence.EntityManager;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A realm's sink configuration document, read on every event: memoised per node for a few seconds, so the
 * login request pays for a map look-up, not a query. A change made on this node is seen at once; other
 * nodes see it within {@link #TTL_MILLIS}.
 */
public final class SinkConfigStore {

    public static final long TTL_MILLIS = 10_000;

    private record Cached(Optional<String> json, long loadedAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Optional<String> read(KeycloakSession session, String realmId) {
        long now = System.currentTimeMillis();
        Cached cached = cache.get(realmId);
        if (cached != null && now - cached.loadedAt() < TTL_MILLIS) {
            return cached.json();
        }
        SinkConfigEntity entity = em(session).find(SinkConfigEntity.class, realmId);
        Optional<String> json = Optional.ofNullable(entity).map(SinkConfigEntity::getConfig);
        cache.put(realmId, new Cached(json, now));
        return json;
    }

    public void write(KeycloakSession session, String realmId, String json) {
        EntityManager em = em(session);
        SinkConfigEntity entity = em.find(SinkConfigEntity.class, realmId);
        if (entity == null) {
            entity = new SinkConfigEntity();
            entity.setRealmId(realmId);
            entity.setConfig(json);
            entity.setUpdatedAt(Time.currentTimeMillis());
            em.persist(entity);
        } else {
            entity.setConfig(json);
            entity.setUpdatedAt(Time.currentTimeMillis());
        }
        cache.remove(realmId);
    }

    public void forget(String realmId) {
        cache.remove(realmId);
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
