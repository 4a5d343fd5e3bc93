package dev.passkeyautopilot.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Makes a private, clean copy of the unpacked distribution for one server, so no run sees another run's
 * augmented build, H2 files or providers. The 170 MB of library jars under {@code lib/lib} are only read by
 * Keycloak, so they are hard-linked (fast, no space); everything Keycloak writes (lib/quarkus, conf, data,
 * providers) is copied.
 */
final class DistributionCopy {

    private DistributionCopy() {
    }

    static void copy(Path pristine, Path target) {
        Path readOnlyLibs = pristine.resolve("lib").resolve("lib");
        try (Stream<Path> files = Files.walk(pristine)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(pristine.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else if (source.startsWith(readOnlyLibs)) {
                    linkOrCopy(source, destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("copying the Keycloak distribution " + pristine + " to " + target, e);
        }
    }

    private static void linkOrCopy(Path source, Path destination) throws IOException {
        try {
            Files.createLink(destination, source);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            // Another file system or no hard link support: a copy is slower but equivalent.
            Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
