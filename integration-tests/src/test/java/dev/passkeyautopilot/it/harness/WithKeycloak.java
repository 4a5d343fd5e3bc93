package dev.passkeyautopilot.it.harness;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated test class against a real Keycloak with the product jar and the test providers.
 * One server per distinct spec (database, options, env, realm import) per JVM, shared by all classes with the
 * same spec; classes are ordered so each spec's server starts once and only one runs at a time.
 *
 * <p>Injectable parameters (constructor, {@code @BeforeAll}, {@code @BeforeEach}, test methods):
 * {@link KeycloakTarget}, {@link AdminClient}, {@link TimeOffset}, {@link Sql} (PostgreSQL only),
 * {@link Browser} and {@link Browsers} (per test, see {@link BrowserExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith({KeycloakExtension.class, BrowserExtension.class})
public @interface WithKeycloak {

    Database database() default Database.POSTGRES;

    /** Import {@code distribution/src/main/demo/demo-realm.json} at startup, if that file exists. */
    boolean importDemoRealm() default false;

    /** Extra kc.sh options, e.g. {@code "--spi-events-listener-x-enabled=true"}. */
    String[] options() default {};

    /** Extra environment for the server, as {@code NAME=value}. */
    String[] env() default {};

    /**
     * A {@code pg_dump} plain-SQL file on the test classpath (e.g. {@code upgrade/0.3.sql}) restored into the
     * server's fresh database before Keycloak first starts: the database an older release left behind.
     * PostgreSQL only; empty for none.
     */
    String databaseFixture() default "";

    /**
     * Production mode: {@code kc.sh build} (once per configuration, cached between runs) and {@code kc.sh start
     * --optimized} with clustered caches (JDBC-PING over loopback), themes and templates cached. Further nodes of
     * that cluster come from {@link DistributionKeycloak#startNode(String)}. Distribution backend only.
     */
    boolean production() default false;
}
