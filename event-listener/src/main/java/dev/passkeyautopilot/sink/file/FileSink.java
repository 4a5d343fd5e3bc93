package dev.passkeyautopilot.sink.file;

import dev.passkeyautopilot.sink.Delivery;
import dev.passkeyautopilot.sink.Sink;
import dev.passkeyautopilot.sink.SinkException;
import dev.passkeyautopilot.sink.config.FileSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

/**
 * One payload per line ({@code \n}-terminated, UTF-8), appended to a file or written to an output stream
 * (standard output).
 *
 * <p>The file is opened for each batch and closed after {@code fsync}: a batch is on disk when {@link #send}
 * returns, and log rotation that moves the file away needs no signal to us (the next batch creates a new one).
 * Several Keycloak nodes must not share one file: give each node its own path.
 *
 * <p>A sink confined to a directory ({@link #toFile(Path, Path)}) checks at every open that the file's real path
 * stays inside it: directories on the way are resolved to their real paths, and the file itself is opened without
 * following a symbolic link. A link someone placed there (pointing at a file elsewhere) is refused, not followed.
 */
public final class FileSink implements Sink {

    private final Path path;
    private final Path confinedTo;
    private final OutputStream stream;

    private FileSink(Path path, Path confinedTo, OutputStream stream) {
        this.path = path;
        this.confinedTo = confinedTo;
        this.stream = stream;
    }

    /** A file anywhere (tests, and what an operator configures directly). */
    public static FileSink toFile(Path path) {
        return new FileSink(Objects.requireNonNull(path, "path"), null, null);
    }

    /** A file that must stay inside {@code directory}, whatever links lie on the way. */
    public static FileSink toFile(Path path, Path directory) {
        Path file = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
        Path root = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException(file + " is not inside " + root);
        }
        return new FileSink(file, root, null);
    }

    /** Writes to a stream that this sink flushes but never closes (standard output). */
    public static FileSink toStream(OutputStream stream) {
        return new FileSink(null, null, Objects.requireNonNull(stream, "stream"));
    }

    /** @param directory where the file must stay (the realm's directory) */
    public static FileSink of(FileSettings settings, Path directory) {
        return settings.stdout() ? toStream(System.out) : toFile(settings.path(), directory);
    }

    @Override
    public synchronized void send(List<Delivery> batch) throws SinkException {
        if (batch.isEmpty()) {
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        for (Delivery d : batch) {
            String p = d.payload();
            // A line break inside a payload would split one event into two records downstream; formats never
            // produce one, so this is a programming error and retrying cannot help.
            if (p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0) {
                throw new SinkException("payload of event " + d.event().id() + " contains a line break", false)
                        .summarized("file: a payload contains a line break");
            }
            buffer.writeBytes(p.getBytes(StandardCharsets.UTF_8));
            buffer.write('\n');
        }
        byte[] bytes = buffer.toByteArray();
        if (stream != null) {
            try {
                stream.write(bytes);
                stream.flush();
            } catch (IOException e) {
                throw new SinkException("cannot write to the output stream: " + e.getClass().getSimpleName(), true, e)
                        .summarized("stdout: cannot write");
            }
            return;
        }
        try {
            Path target = confinedTo == null ? path : confinedPath();
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(false);
            }
        } catch (IOException e) {
            // Disk full or permissions: may clear up (an operator frees space), so retryable.
            throw new SinkException("cannot append to " + path + ": " + e.getClass().getSimpleName(), true, e)
                    .summarized("file " + path + ": cannot append");
        }
    }

    /**
     * The file under the real path of its directory, after checking that no link on the way leads out of
     * {@link #confinedTo}. The file's own name is opened with {@code NOFOLLOW_LINKS}, so a link placed there
     * between this check and the open fails the open instead of being followed.
     */
    private Path confinedPath() throws IOException, SinkException {
        Files.createDirectories(confinedTo);
        // the directory above may be a link the operator made; the confining directory itself is ours and never one
        if (Files.isSymbolicLink(confinedTo)) {
            throw refusedLink();
        }
        Path realRoot = confinedTo.toRealPath();
        Path parent = path.getParent();
        // one directory at a time, never through a link: createDirectories would follow one and create outside
        Path current = confinedTo;
        for (Path part : confinedTo.relativize(parent)) {
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                throw refusedLink();
            }
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(current);
            }
        }
        Path realParent = parent.toRealPath();
        if (!realParent.startsWith(realRoot)) {
            throw refusedLink();
        }
        Path target = realParent.resolve(path.getFileName());
        if (Files.isSymbolicLink(target)) {
            throw refusedLink();
        }
        return target;
    }

    private SinkException refusedLink() {
        // Not retryable: the link stays until someone removes it; the rows wait as dead letters for a replay.
        return new SinkException("refused to append to " + path + ": a symbolic link leads out of " + confinedTo, false)
                .summarized("file " + path + ": refused, a symbolic link leads out of the realm's directory");
    }

    @Override
    public void close() {
        if (stream != null) {
            try {
                stream.flush();
            } catch (IOException ignored) {
                // Nothing to report at shutdown; batches were flushed when sent.
            }
        }
    }
}
