package dev.passkeyautopilot.export;

import dev.passkeyautopilot.admin.AdminRequestException;
import dev.passkeyautopilot.kpi.KpiSettings;
import dev.passkeyautopilot.operation.OperationExport;
import dev.passkeyautopilot.support.SupportRoles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code GET /admin/realms/{realm}/passkey-autopilot/kpi/export?from&to&format=csv|ndjson[&includeUserIds=true]}:
 * the realm's passkey operations of a period, one row each, streamed as they are read (docs/kpi.md, section Export).
 * Callers need {@code support-analytics} (realm administrators have it); user ids are replaced by pseudonyms unless
 * a realm administrator ({@code manage-realm}) asks for them.
 */
public class ExportResource {

    /** The error code of a bad {@code from} or {@code to}, as the KPI reports answer it. */
    private static final String INVALID_PERIOD = "invalid_period";
    private static final String ANALYTICS_NEEDED = "You need the " + SupportRoles.ANALYTICS + " role of the " + SupportRoles.CLIENT_ID
            + " client for this.";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    public ExportResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @GET
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format,
                           @QueryParam("includeUserIds") String includeUserIds) {
        if (!SupportRoles.has(auth, realm, SupportRoles.ANALYTICS)) {
            throw AdminRequestException.forbidden(ANALYTICS_NEEDED);
        }
        boolean withUserIds = flag("includeUserIds", includeUserIds);
        if (withUserIds && !auth.realm().canManageRealm()) {
            throw AdminRequestException.forbidden("Only realm administrators (manage-realm of realm-management) may export user ids;"
                    + " leave includeUserIds out for pseudonyms.");
        }
        ExportPeriod period;
        try {
            ZoneId zone = KpiSettings.timeZone(realm);
            period = ExportPeriod.parse(from, to, zone, LocalDate.now(zone));
        } catch (ExportRequestException e) {
            throw AdminRequestException.badRequest(INVALID_PERIOD, e.parameter(), e.getMessage());
        }
        ExportFormat chosen = ExportFormat.fromParameter(format).orElseThrow(() -> AdminRequestException.badRequest(
                AdminRequestException.INVALID_REQUEST, "format", "format must be csv or ndjson."));
        // the key is read (or created) before the first byte goes out: a failure can still be answered properly
        Pseudonyms pseudonyms = withUserIds ? null : new Pseudonyms(PseudonymKey.of(realm));
        String realmId = realm.getId();
        List<ExportColumn> columns = ExportColumns.ALL;
        StreamingOutput body = out -> {
            ExportWriter writer = chosen.writer(out, columns);
            writer.header();
            new OperationExport(session).read(realmId, period.startMillis(), period.endMillis(),
                    row -> writer.row(pseudonyms == null ? row : row.withUser(pseudonyms.of(row.user()))));
            writer.finish();
        };
        return Response.ok(body, chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(period, chosen) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private String fileName(ExportPeriod period, ExportFormat format) {
        String safeRealm = realm.getName().replaceAll("[^A-Za-z0-9._-]", "_");
        return "passkey-operations-" + safeRealm + "-" + period.from() + "-" + period.to() + "." + format.extension();
    }

    private static boolean flag(String parameter, String value) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw AdminRequestException.badRequest(AdminRequestException.INVALID_REQUEST, parameter, parameter + " must be true or false.");
    }
}
