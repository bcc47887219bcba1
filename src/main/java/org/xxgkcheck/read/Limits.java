package org.xxgkcheck.read;

import java.time.Duration;

/**
 * Bounds on what one input may cost, so a huge, compressed or malformed file yields a problem instead of
 * exhausting memory or time, and the rest of a batch is still checked.
 *
 * @param maxFileBytes     larger files are refused before they are read
 * @param maxUnzippedBytes total uncompressed size a DOCX may expand to (zip bombs)
 * @param maxZipEntries    entries a DOCX may hold
 * @param maxPdfPages      pages of a PDF that are read
 * @param maxPdfContent    total decoded size of the page content streams of a PDF
 * @param readTimeout      time allowed for reading one file into facts (a safety net behind the bounds above)
 */
public record Limits(long maxFileBytes, long maxUnzippedBytes, int maxZipEntries, int maxPdfPages,
                     long maxPdfContent, Duration readTimeout) {

    private static final long MB = 1024L * 1024;

    /** Generous for real annual reports (a few MB, tens of pages), small enough for a 512 MB heap. */
    public static final Limits DEFAULT = new Limits(64 * MB, 128 * MB, 2000, 300, 64 * MB, Duration.ofSeconds(10));

    public static String megabytes(long bytes) {
        return bytes >= MB ? (bytes / MB) + " MB" : (bytes / 1024) + " KB";
    }
}
