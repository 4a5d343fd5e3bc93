package dev.passkeyautopilot.format;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ProductVersionTest {

    @Test
    @DisplayName("The version in events is the Maven project version (without -SNAPSHOT)")
    void versionMatchesPom() {
        String pom = System.getProperty("project.version");
        assertNotNull(pom, "surefire passes project.version");
        assertEquals(pom.replace("-SNAPSHOT", ""), Product.VERSION);
    }
}
