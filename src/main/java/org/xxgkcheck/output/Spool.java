package org.xxgkcheck.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text a writer must print after something it cannot know until the batch ends (SARIF's rule list before its
 * results, HTML's summary table before the sections). Kept in memory while small, then in a temporary file, so a
 * batch of any length does not sit on the heap. The file is deleted on close.
 */
final class Spool implements Closeable {
    /** Characters kept in memory before moving to a file. */
    static final int IN_MEMORY = 1 << 20;

    /** Where spooled text is copied to: a Writer, or raw text of a JSON generator. */
    interface Sink {
        void write(char[] chars, int off, int len) throws IOException;
    }

    private final int inMemory;
    private StringBuilder memory = new StringBuilder();
    private Path file;
    private Writer toFile;

    Spool() { this(IN_MEMORY); }

    Spool(int inMemory) { this.inMemory = inMemory; }

    /** The spool as a Writer (closing it does nothing). */
    final Writer writer = new Writer() {
        @Override
        public void write(char[] c, int off, int len) throws IOException { put(c, off, len); }

        @Override
        public void write(String s, int off, int len) throws IOException {
            if (toFile == null && memory.length() + len <= inMemory) memory.append(s, off, off + len);
            else put(s.substring(off, off + len).toCharArray(), 0, len);
        }

        @Override
        public void flush() throws IOException { if (toFile != null) toFile.flush(); }

        @Override
        public void close() {}
    };

    private void put(char[] c, int off, int len) throws IOException {
        if (toFile == null && memory.length() + len > inMemory) {
            file = Files.createTempFile("xxgk-check-", ".spool");
            file.toFile().deleteOnExit();
            toFile = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            toFile.append(memory);
            memory = null;
        }
        if (toFile != null) toFile.write(c, off, len);
        else memory.append(c, off, len);
    }

    boolean isEmpty() { return toFile == null && memory.length() == 0; }

    /** Copies everything spooled, in order, starting at character {@code skip}. */
    void copyTo(Sink out, int skip) throws IOException {
        char[] buf = new char[1 << 14];
        if (toFile == null) {
            for (int i = skip; i < memory.length(); i += buf.length) {
                int n = Math.min(buf.length, memory.length() - i);
                memory.getChars(i, i + n, buf, 0);
                out.write(buf, 0, n);
            }
            return;
        }
        toFile.flush();
        try (Reader in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            long skipped = in.skip(skip);
            if (skipped != skip) throw new IOException("spool shorter than expected");
            for (int n; (n = in.read(buf)) > 0; ) out.write(buf, 0, n);
        }
    }

    @Override
    public void close() throws IOException {
        if (toFile != null) {
            toFile.close();
            toFile = null;
            Files.deleteIfExists(file);
        }
        memory = new StringBuilder();
    }
}
