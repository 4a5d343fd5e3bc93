package dev.passkeyautopilot.outbox;

import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Liquibase runs a changeSet again when its id, author or logical path changes, and Keycloak looks for ran
 * changeSets in a table named after the provider's id: both are pinned here for every JPA entity provider of the
 * jar (found as Keycloak finds them), so moving or renaming a released changeSet fails the build, not an upgrade.
 */
class ChangelogsTest {

    /** Every changeSet ever released, per provider, in changelog order. New ones are appended; none is changed. */
    private static final Map<String, List<String>> RELEASED = Map.of(
            "passkey-autopilot", List.of(
                    "pa-0.1.0-passkey-details|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.1.0.xml",
                    "pa-0.2.0-passkey-operations|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.2.0.xml",
                    "pa-0.3.2-operation-trust|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.3.2-operation-trust.xml",
                    "0.4.0-kpi-operation-dimensions|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.4.0-kpi.xml",
                    "0.4.0-kpi-passkey-aaguid|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.4.0-kpi.xml",
                    "0.4.0-kpi-sign-in|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.4.0-kpi.xml",
                    "0.4.0-kpi-experiment-assignment|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.4.0-kpi.xml",
                    "0.4.0-kpi-rollups|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.4.0-kpi.xml",
                    "pa-0.4-passkey-list-last-used-environment|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.4.x-passkey-list.xml",
                    "pa-0.4-kpi-sign-in-arms|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.4.x-kpi-sign-in-arms.xml",
                    "pa-0.4-kpi-posture-snapshot|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.4.x-kpi-performance.xml",
                    "pa-0.4-kpi-active-user-bitmaps|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.4.x-kpi-performance.xml",
                    "pa-0.5-sign-in-factors|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.5.0-sign-in-factors.xml",
                    "pa-0.5-operation-marker-time|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.5.0-operation-marker-time.xml"),
            "passkey-autopilot-outbox", List.of(
                    "pa-0.3.0-event-outbox|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.3.0.xml",
                    "pa-0.3.1-outbox-lease-index|passkey-autopilot|META-INF/passkey-autopilot/changelog-0.3.1.xml"));

    /** Where installations before the outbox moved recorded all of the above. */
    private static final String CHANGELOG_TABLE = "DATABASECHANGELOG_PASSKEY_AU";

    @Test
    void everyReleasedChangeSetKeepsItsIdAuthorAndPath() throws Exception {
        Map<String, List<String>> found = new TreeMap<>();
        for (JpaEntityProviderFactory factory : factories()) {
            found.put(factory.getId(), changeSets(factory.create(null).getChangelogLocation()));
        }
        assertEquals(new TreeMap<>(RELEASED), found);
    }

    @Test
    void allProvidersRecordTheirChangeSetsInTheTableOfTheFirstRelease() {
        Map<String, String> tables = new TreeMap<>();
        for (JpaEntityProviderFactory factory : factories()) {
            tables.put(factory.getId(), customChangelogTableName(factory.getId()));
        }
        assertEquals(Map.of("passkey-autopilot", CHANGELOG_TABLE, "passkey-autopilot-outbox", CHANGELOG_TABLE),
                tables);
    }

    /**
     * Keycloak 26.7.3's {@code JpaUtils.getCustomChangelogTableName}, read from its bytecode: that class cannot load
     * without Hibernate, which no module here has. UpgradeIT shows the real server finds the old rows there.
     */
    private static String customChangelogTableName(String factoryId) {
        String name = factoryId.toUpperCase(Locale.ROOT).replaceAll("-", "_").replaceAll("[^A-Z_]", "");
        return "DATABASECHANGELOG_" + name.substring(0, Math.min(10, name.length()));
    }

    private static List<JpaEntityProviderFactory> factories() {
        List<JpaEntityProviderFactory> factories = new ArrayList<>();
        ServiceLoader.load(JpaEntityProviderFactory.class).forEach(factories::add);
        return factories;
    }

    /** The changeSets of a master changelog and its includes, as {@code id|author|logical path}. */
    private static List<String> changeSets(String master) throws Exception {
        List<String> changeSets = new ArrayList<>();
        Element root = parse(master).getDocumentElement();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element) {
                switch (element.getLocalName()) {
                    case "include" -> {
                        String path = element.getAttribute("file");
                        NodeList sets = parse(path).getDocumentElement().getElementsByTagNameNS("*", "changeSet");
                        for (int j = 0; j < sets.getLength(); j++) {
                            Element set = (Element) sets.item(j);
                            changeSets.add(set.getAttribute("id") + "|" + set.getAttribute("author") + "|" + path);
                        }
                    }
                    case "changeSet" -> changeSets.add(element.getAttribute("id") + "|" + element.getAttribute("author")
                            + "|" + master);
                    default -> throw new AssertionError(master + ": unexpected element " + element.getLocalName()
                            + "; teach this test what it records");
                }
            }
        }
        return changeSets;
    }

    private static Document parse(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (InputStream in = ChangelogsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " on the classpath");
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
