package org.idlibchronicle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn site-gen}, {@code site-check} and {@code site-serve} package the plugin with the
 * descriptor committed in {@code src/main/resources} (generating it would add half a second to
 * each); the default lifecycle generates it from the goals' annotations before the tests run. The
 * two must be the same file, or those commands would run the goals with parameters of the past.
 */
class PluginDescriptorTest {
    private static final String DESCRIPTOR = "META-INF/maven/plugin.xml";

    @Test
    void theCommittedDescriptorIsTheOneTheGoalsAnnotationsGive() throws IOException, URISyntaxException {
        Path classes = Path.of(BuildMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = Path.of(System.getProperty("project.root", "."));
        Path committed = root.resolve("generator/src/main/resources").resolve(DESCRIPTOR);
        assertEquals(Files.readString(classes.resolve(DESCRIPTOR)), Files.readString(committed),
                "the goals' annotations or javadoc changed: run `mvn -pl generator process-classes` and copy "
                        + root.relativize(classes.resolve(DESCRIPTOR)) + " to " + root.relativize(committed));
    }
}
