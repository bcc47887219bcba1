package org.xxgkcheck.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import org.xxgkcheck.output.Format;
import org.xxgkcheck.output.ResultWriter;
import org.xxgkcheck.output.Run;

/**
 * Where `check` puts its result: the --output file or stdout, as UTF-8 text or, for a binary format, as bytes.
 * A failed write is never taken for success: stdout text goes through a writer that throws once the stream reports
 * an error (PrintWriter swallows them), and --output FILE is written to a temporary file in the same folder and moved
 * over FILE only when everything was written ({@link #finish}), so a failure never leaves half a file ({@link
 * #abandon}); a device or pipe given as FILE is written directly, since it cannot be replaced.
 */
final class Target {
    private final Writer text;
    private final OutputStream bytes;
    private final Path temp;
    private final Path file;

    private Target(Writer text, OutputStream bytes, Path temp, Path file) {
        this.text = text;
        this.bytes = bytes;
        this.temp = temp;
        this.file = file;
    }

    /**
     * Opens the target before the batch starts, so that a missing folder or a folder given as FILE is told now.
     * @param stdoutText  picocli's writer, so in-process runs capture the output
     * @param stdoutBytes the byte stream under it, for a binary format
     */
    static Target open(Format format, Path output, PrintWriter stdoutText, OutputStream stdoutBytes) throws IOException {
        if (output == null) {
            return format.binary() ? new Target(null, stdoutBytes, null, null)
                : new Target(new BufferedWriter(new Output.Checked(stdoutText), CheckCommand.BUFFER), null, null, null);
        }
        if (Files.isDirectory(output)) throw new FileSystemException(output.toString(), null, "这是一个目录，不是文件");
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw new NoSuchFileException(parent.toString());
        Path temp = null;
        Path written = output;
        if (!Files.exists(output) || Files.isRegularFile(output)) {
            temp = parent.resolve("." + output.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            // A run stopped by a signal leaves no temporary file behind (after the move there is nothing to delete).
            temp.toFile().deleteOnExit();
            written = temp;
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(written), CheckCommand.BUFFER);
        return format.binary() ? new Target(null, out, temp, output)
            : new Target(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CheckCommand.BUFFER), null, temp, output);
    }

    /** The text stream (null for a binary format). */
    Writer text() { return text; }

    ResultWriter writer(Format format, Run run) {
        return text != null ? format.open(text, run) : format.open(bytes, run);
    }

    void flush() throws IOException {
        if (text != null) text.flush();
        else bytes.flush();
    }

    /** Everything was written: flush, close a file, and put it in place. */
    void finish() throws IOException {
        flush();
        if (file == null) return;
        if (text != null) text.close();
        else bytes.close();
        if (temp == null) return;
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A write failed: close what is open and remove the temporary file, leaving FILE as it was. */
    void abandon() {
        if (file == null) return;
        try {
            if (text != null) text.close();
            else bytes.close();
        } catch (IOException e) {
            // the failure was already reported
        }
        try {
            if (temp != null) Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more can be done about a folder that refuses even this
        }
    }
}
