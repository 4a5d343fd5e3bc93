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
 */
public final class FileSink implements Sink {

    private final Path path;
    private final OutputStream stream;

    private FileSink(Path path, OutputStream stream) {
        this.path = path;
        this.stream = stream;
    }

    public static FileSink toFile(Path path) {
        return new FileSink(Objects.requireNonNull(path, "path"), null);
    }

    /** Writes to a stream that this sink flushes but never closes (standard output). */
    public static FileSink toStream(OutputStream stream) {
        return new FileSink(null, Objects.requireNonNull(stream, "stream"));
    }

    public static FileSink of(FileSettings settings) {
        return settings.stdout() ? toStream(System.out) : toFile(settings.path());
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
                throw new SinkException("payload of event " + d.event().id() + " contains a line break", false);
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
                throw new SinkException("cannot write to the output stream: " + e.getClass().getSimpleName(), true, e);
            }
            return;
        }
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(false);
            }
        } catch (IOException e) {
            // Disk full or permissions: may clear up (an operator frees space), so retryable.
            throw new SinkException("cannot append to " + path + ": " + e.getClass().getSimpleName(), true, e);
        }
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
