package org.xxgkcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Lets code that prints to a PrintStream (stderr messages, stack traces) go through picocli's writers, so in-process
 * runs capture it. Bytes (UTF-8) are collected and handed on as text at each line end and on flush; a character
 * cut between two writes is kept until its last byte arrives.
 */
final class WriterStream extends OutputStream {
    private final PrintWriter writer;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(256);

    WriterStream(PrintWriter writer) { this.writer = writer; }

    @Override
    public void write(int b) {
        pending.write(b);
        if (b == '\n') flush();
    }

    @Override
    public void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                flush();
                return;
            }
        }
    }

    @Override
    public void flush() {
        if (pending.size() == 0) return;
        byte[] bytes = pending.toByteArray();
        int complete = completeLength(bytes);
        writer.print(new String(bytes, 0, complete, StandardCharsets.UTF_8));
        writer.flush();
        pending.reset();
        pending.write(bytes, complete, bytes.length - complete);
    }

    /** The length of the longest prefix that does not end inside a UTF-8 sequence. */
    static int completeLength(byte[] b) {
        int n = b.length;
        // Walk back over at most three continuation bytes to the lead byte of the last sequence.
        int i = n - 1;
        while (i >= 0 && i > n - 4 && (b[i] & 0xC0) == 0x80) i--;
        if (i < 0) return n;
        int lead = b[i] & 0xFF;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return n - i >= need ? n : i;
    }

    @Override
    public void close() throws IOException { flush(); }
}
