package dev.passkeyautopilot.it.harness;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The production-mode image of a distribution: a copy of it with the providers in {@code providers/} on which
 * {@code kc.sh build} ran with the build-time options. Every node of that configuration copies this directory and
 * runs {@code kc.sh start --optimized}, so the build (about a minute on two cores) runs once, not per node start.
 *
 * <p>The directory is named after a digest of everything the build reads: the distribution, the providers' contents
 * (entry names and bytes, not the jar's timestamps, which every Maven run changes) and the options. A later run with
 * the same inputs finds it complete and builds nothing; a change gives another name and the old image is removed.
 */
final class OptimizedBuild {

    private static final System.Logger LOG = System.getLogger(OptimizedBuild.class.getName());
    private static final String PREFIX = "optimized-";
    /** Written last: an image without it was interrupted and is built again. */
    private static final String COMPLETE = ".pa-build-complete";

    private OptimizedBuild() {
    }

    /**
     * The image for these inputs, built now if no complete one exists under {@code workRoot}.
     *
     * @param env environment of the build (Java options), as for the server
     */
    static synchronized Path image(Path pristine, List<Path> providers, List<String> buildOptions, Path workRoot,
                                   Path logFile, Map<String, String> env, Duration timeout) {
        String key = digest(pristine, providers, buildOptions);
        Path image = workRoot.resolve(PREFIX + key);
        if (Files.isRegularFile(image.resolve(COMPLETE))) {
            LOG.log(System.Logger.Level.INFO, "Reusing the optimized Keycloak build " + image + " (inputs unchanged)");
            return image;
        }
        long started = System.nanoTime();
        removeOtherImages(workRoot, image);
        TreeDeletion.delete(image);
        DistributionCopy.copy(pristine, image);
        try {
            for (Path provider : providers) {
                Files.copy(provider, image.resolve("providers").resolve(provider.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(logFile.getParent());
            runBuild(image, buildOptions, logFile, env, timeout);
            Files.writeString(image.resolve(COMPLETE), String.join("\n", buildOptions) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("building the optimized Keycloak in " + image, e);
        }
        LOG.log(System.Logger.Level.INFO, String.format("kc.sh build of %s took %.1f s (options %s)", image,
                (System.nanoTime() - started) / 1e9, buildOptions));
        return image;
    }

    private static void runBuild(Path image, List<String> buildOptions, Path logFile, Map<String, String> env,
                                 Duration timeout) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(image.resolve("bin").resolve("kc.sh").toString());
        command.add("build");
        command.addAll(buildOptions);
        Files.writeString(logFile, "=== " + String.join(" ", command) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(image.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                ProcessTree.kill(process.toHandle());
                throw new IllegalStateException("kc.sh build did not finish within " + timeout.toSeconds() + " s.\n"
                        + LogTail.of(logFile, 60));
            }
        } catch (InterruptedException e) {
            ProcessTree.kill(process.toHandle());
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during kc.sh build", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("kc.sh build failed with exit code " + process.exitValue() + ".\n"
                    + LogTail.of(logFile, 60));
        }
    }

    private static void removeOtherImages(Path workRoot, Path keep) {
        if (!Files.isDirectory(workRoot)) {
            return;
        }
        try (Stream<Path> children = Files.list(workRoot)) {
            children.filter(child -> child.getFileName().toString().startsWith(PREFIX) && !child.equals(keep))
                    .forEach(TreeDeletion::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + workRoot, e);
        }
    }

    private static String digest(Path pristine, List<Path> providers, List<String> buildOptions) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, pristine.toAbsolutePath().normalize().toString());
            Path version = pristine.resolve("version.txt");
            if (Files.isRegularFile(version)) {
                digest.update(Files.readAllBytes(version));
            }
            for (Path provider : providers) {
                update(digest, provider.getFileName().toString());
                jarContents(digest, provider);
            }
            buildOptions.forEach(option -> update(digest, option));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the providers to key the optimized build", e);
        }
    }

    private static void jarContents(MessageDigest digest, Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList();
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry : entries) {
                update(digest, entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
        }
    }

    private static void update(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
