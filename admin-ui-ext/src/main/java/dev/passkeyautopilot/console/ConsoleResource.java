package dev.passkeyautopilot.console;

import dev.passkeyautopilot.check.CheckPageResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.models.KeycloakSession;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/**
 * {@code /realms/{realm}/passkey-autopilot/console/}: the support console, a static single-page app that
 * signs the agent in through this realm (OIDC with PKCE) and calls the support admin REST API. Only the
 * files listed here are served, under a Content-Security-Policy that allows nothing but this origin.
 */
public class ConsoleResource {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
    private static final String FOLDER = "/passkey-autopilot-console/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8",
            "console.css", "text/css; charset=utf-8",
            // the KPI dashboard, and Chart.js unpacked from its webjar at build time (admin-ui-ext/pom.xml)
            "kpi-dashboard.js", "text/javascript; charset=utf-8",
            "chart.umd.js", "text/javascript; charset=utf-8",
            "messages_en.properties", "text/plain; charset=utf-8",
            "messages_de.properties", "text/plain; charset=utf-8");

    private final KeycloakSession session;

    ConsoleResource(KeycloakSession session) {
        this.session = session;
    }

    /** {@code check}: the passkey check page; this class only routes there (one realm resource per provider id). */
    @Path("check")
    public CheckPageResource check() {
        return new CheckPageResource(session);
    }

    /**
     * The page itself. JAX-RS matches {@code console} and {@code console/} alike, but without the trailing
     * slash the page's relative links would miss: that form is redirected.
     */
    @GET
    @Path("console")
    public Response index() {
        URI request = session.getContext().getUri().getRequestUri();
        if (!request.getRawPath().endsWith("/")) {
            String query = request.getRawQuery() == null ? "" : "?" + request.getRawQuery();
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(request.getScheme() + "://" + request.getRawAuthority() + request.getRawPath() + "/" + query))
                    .build();
        }
        return file("index.html");
    }

    @GET
    @Path("console/{file}")
    public Response file(@PathParam("file") String file) {
        String type = FILES.get(file);
        if (type == null) {
            return Response.status(Response.Status.NOT_FOUND).type("text/plain").entity("Not found").build();
        }
        try (InputStream in = ConsoleResource.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return Response.status(Response.Status.NOT_FOUND).type("text/plain").entity("Not found").build();
            }
            // Keycloak's own security headers (a looser CSP, SAMEORIGIN framing) would replace ours
            SecurityHeadersProvider headers = session.getProvider(SecurityHeadersProvider.class);
            if (headers != null) {
                headers.options().skipHeaders();
            }
            return Response.ok(in.readAllBytes(), type)
                    .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("X-Frame-Options", "DENY")
                    .header("X-Robots-Tag", "none")
                    .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                    // the page carries no data; a new release must not be hidden by a cache
                    .header("Cache-Control", "no-cache")
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read console file " + file, e);
        }
    }
}
