package dev.passkeyautopilot.testing;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;

import java.util.Map;

/**
 * {@code /realms/{realm}/pa-testing/time-offset}: moves Keycloak's clock ({@link Time}) so tests can
 * expire sessions, reminders and tokens without sleeping. The offset is JVM-wide, not per realm.
 */
public class TimeOffsetResource {

    private static final Logger LOG = Logger.getLogger(TimeOffsetResource.class);

    @GET
    @Path("time-offset")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> get() {
        return Map.of("offset", Time.getOffset());
    }

    @PUT
    @Path("time-offset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> set(Map<String, Object> body) {
        Object offset = body == null ? null : body.get("offset");
        if (!(offset instanceof Number number)) {
            throw new BadRequestException("expected JSON {\"offset\": <seconds>}");
        }
        Time.setOffset(number.intValue());
        LOG.infof("Test clock offset set to %d s", Time.getOffset());
        return get();
    }
}
