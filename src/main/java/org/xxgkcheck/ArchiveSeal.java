package org.xxgkcheck;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * A class-data archive's size and checksum, written beside it at build time (xxgk-check.jsa.seal) and compared
 * before the launcher hands the archive to a JVM: the JVM maps the archive into memory and dies with SIGBUS when
 * the file is shorter than its header says (a build or copy cut off, a full disk), so a damaged archive must
 * never reach it. The checksum covers the header and the tail and a 4 KB block of every megabyte, not the whole
 * 77 MB: checking costs about a millisecond at every start, and the damage that happens in practice — a cut-off
 * file, or an archive from another build — changes the size or the sampled bytes.
 */
final class ArchiveSeal {
    private ArchiveSeal() {}

    private static final int EDGE = 64 * 1024;
    private static final int BLOCK = 4 * 1024;
    private static final long STRIDE = 1024 * 1024;

    /** Writes the seal of each archive named: run by the build (see the pom) once the archives are written. */
    public static void main(String[] archives) throws IOException {
        for (String a : archives) Files.writeString(sealOf(Path.of(a)), seal(Path.of(a)) + "\n", StandardCharsets.US_ASCII);
    }

    static Path sealOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".seal");
    }

    /** True when the archive has a seal and still matches it. */
    static boolean intact(Path archive) {
        try {
            return Files.readString(sealOf(archive), StandardCharsets.US_ASCII).strip().equals(seal(archive));
        } catch (IOException e) {
            return false;
        }
    }

    /** "size crc32", the CRC taken over the sampled blocks. */
    static String seal(Path archive) throws IOException {
        try (FileChannel ch = FileChannel.open(archive)) {
            long size = ch.size();
            CRC32 crc = new CRC32();
            ByteBuffer buf = ByteBuffer.allocate(EDGE);
            add(ch, 0, EDGE, buf, crc);
            for (long at = STRIDE; at < size - EDGE; at += STRIDE) add(ch, at, BLOCK, buf, crc);
            add(ch, Math.max(0, size - EDGE), EDGE, buf, crc);
            return size + " " + Long.toHexString(crc.getValue());
        }
    }

    private static void add(FileChannel ch, long at, int length, ByteBuffer buf, CRC32 crc) throws IOException {
        buf.clear().limit(length);
        while (buf.hasRemaining() && ch.read(buf, at + buf.position()) > 0) {
            // positional reads until the block is full or the file ends
        }
        crc.update(buf.flip());
    }
}
