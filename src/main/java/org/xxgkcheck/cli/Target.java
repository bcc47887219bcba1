package org.xxgkcheck.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xxgkcheck.output.Format;
import org.xxgkcheck.output.ResultWriter;
import org.xxgkcheck.output.Run;

/**
 * Where `check` puts its result: the --output file or stdout, as UTF-8 text or, for a binary format, as bytes.
 * Buffered here and flushed by the command; a file is closed at the end, stdout is left open.
 */
final class Target {
    private final Writer text;
    private final OutputStream bytes;

    private Target(Writer text, OutputStream bytes) {
        this.text = text;
        this.bytes = bytes;
    }

    /**
     * @param stdoutText  picocli's writer, so in-process runs capture the output
     * @param stdoutBytes the byte stream under it, for a binary format
     */
    static Target open(Format format, Path output, Writer stdoutText, OutputStream stdoutBytes) throws IOException {
        if (format.binary()) {
            return new Target(null, output != null ? new BufferedOutputStream(Files.newOutputStream(output), CheckCommand.BUFFER) : stdoutBytes);
        }
        Writer w = output != null ? new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8) : stdoutText;
        return new Target(new BufferedWriter(w, CheckCommand.BUFFER), null);
    }

    ResultWriter writer(Format format, Run run) {
        return text != null ? format.open(text, run) : format.open(bytes, run);
    }

    void flush() throws IOException {
        if (text != null) text.flush();
        else bytes.flush();
    }

    void closeQuietly() {
        try {
            if (text != null) text.close();
            else bytes.close();
        } catch (IOException e) {
            // the write error, if any, was reported already
        }
    }
}
