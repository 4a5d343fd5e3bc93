package dev.passkeyautopilot.testing;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.Event;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The test endpoints: the clock (inherited) and {@code audit-events}, which sends Keycloak events through
 * Keycloak's own {@link EventBuilder}, so every event listener sees them as it would see real ones, in this
 * request's transaction, optionally rolled back.
 */
public class TestingResources extends TimeOffsetResource {

    private static final int MAX_EVENTS = 5_000;

    private final KeycloakSession session;

    TestingResources(KeycloakSession session) {
        this.session = session;
    }

    /** {@code {"count": n, "rollback": false, "userId": "..."}} → {@code {"sent": n}}. */
    @POST
    @Path("audit-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> auditEvents(Map<String, Object> body) {
        Object count = body == null ? null : body.get("count");
        if (!(count instanceof Number number) || number.intValue() < 1 || number.intValue() > MAX_EVENTS) {
            throw new BadRequestException("expected JSON {\"count\": 1.." + MAX_EVENTS + ", \"rollback\": bool}");
        }
        RealmModel realm = session.getContext().getRealm();
        String userId = body.get("userId") instanceof String id ? id : null;
        long[] nanos = new long[number.intValue()];
        for (int i = 0; i < number.intValue(); i++) {
            long started = System.nanoTime();
            // success events go out in this transaction (Keycloak sends error events in one of their own)
            new EventBuilder(realm, session, session.getContext().getConnection())
                    .event(EventType.LOGIN)
                    .user(userId)
                    .detail("username", "load-test")
                    .detail("pa_login_method", "passkey_automatic")
                    .detail("pa_test_sequence", Integer.toString(i))
                    .success();
            nanos[i] = System.nanoTime() - started;
        }
        if (Boolean.TRUE.equals(body.get("rollback"))) {
            session.getTransactionManager().setRollbackOnly();
        }
        // what each event cost inside the request: Keycloak's event store and every listener (the outbox rows are
        // inserted at commit, which the caller measures as the request's time)
        java.util.Arrays.sort(nanos);
        return Map.of("sent", number.intValue(), "rolledBack", Boolean.TRUE.equals(body.get("rollback")),
                "p50Nanos", nanos[nanos.length / 2], "p99Nanos", nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)],
                "maxNanos", nanos[nanos.length - 1]);
    }

    /**
     * {@code {"listener": "<event listener id>", "userId", "sessionId", "clientId", "count": n}}: what one LOGIN event
     * costs the request in the named event listener, measured inside Keycloak. Each round times, in this request's
     * session, the listener's {@code onEvent} followed by a flush (the statements it left to the transaction run now,
     * as they would at the login's commit), and an empty flush as the baseline, alternately; the commit (one per login either way)
     * is left out, and the transaction is rolled back, so nothing stays. Each round's row is detached after it, as a
     * login's transaction ends. Answers the rounds' nanoseconds per side.
     */
    @POST
    @Path("listener-cost")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> listenerCost(Map<String, Object> body) {
        Object count = body == null ? null : body.get("count");
        if (!(count instanceof Number number) || number.intValue() < 1 || number.intValue() > MAX_EVENTS
                || !(body.get("listener") instanceof String listenerId) || !(body.get("userId") instanceof String userId)) {
            throw new BadRequestException("expected JSON {\"listener\": id, \"userId\": id, \"sessionId\": id, \"clientId\": id,"
                    + " \"count\": 1.." + MAX_EVENTS + "}");
        }
        EventListenerProvider listener = session.getProvider(EventListenerProvider.class, listenerId);
        if (listener == null) {
            throw new BadRequestException("no event listener " + listenerId);
        }
        RealmModel realm = session.getContext().getRealm();
        var em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        long[] with = new long[number.intValue()];
        long[] without = new long[number.intValue()];
        for (int i = 0; i < number.intValue(); i++) {
            Event event = new Event();
            event.setId(java.util.UUID.randomUUID().toString());
            event.setType(EventType.LOGIN);
            event.setTime(Time.currentTimeMillis());
            event.setRealmId(realm.getId());
            event.setUserId(userId);
            event.setSessionId(body.get("sessionId") instanceof String id ? id : null);
            event.setClientId(body.get("clientId") instanceof String id ? id : null);
            Map<String, String> details = new HashMap<>();
            details.put("auth_method", "openid-connect");
            details.put("username", "bench");
            event.setDetails(details);
            long started = System.nanoTime();
            em.flush();
            without[i] = System.nanoTime() - started;
            started = System.nanoTime();
            listener.onEvent(event);
            em.flush();
            with[i] = System.nanoTime() - started;
            // a login is a transaction of its own, whose persistence context holds its own few rows: without this,
            // the n-th round's flush would walk the n - 1 rows of the rounds before it, which no login has
            em.clear();
        }
        session.getTransactionManager().setRollbackOnly();
        return Map.of("withListenerNanos", Arrays.stream(with).boxed().toList(),
                "baselineNanos", Arrays.stream(without).boxed().toList());
    }
}
