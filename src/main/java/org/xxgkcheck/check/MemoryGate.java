package org.xxgkcheck.check;

/**
 * Admits files into reading by what they may cost in memory, so the files in flight together fit the heap: a file
 * waits while others hold too much, and a file that could never fit is refused with the heap it would need. The
 * cost of a file is a multiple of its size by format (what the readers were measured to hold at their peak, a
 * document model, decoded text and facts), plus a fixed part for its rule session.
 */
public final class MemoryGate {
    private static final long MB = 1024L * 1024;
    /** The facts and rule session of any report, whatever its size. */
    static final long PER_FILE = 8 * MB;

    private final long budget;
    private long inUse;

    /** @param budget bytes the files in flight may hold together */
    public MemoryGate(long budget) { this.budget = Math.max(budget, PER_FILE); }

    /** No limit (a checker for one file, tests). */
    public static final MemoryGate NONE = new MemoryGate(Long.MAX_VALUE / 4);

    /**
     * For this JVM as it is now: the heap it may grow to, less what is in use once the rules are loaded, less a fifth
     * kept for the output window and the collector's headroom. On a heap where that matters (under 2 GB) the use is
     * measured after a collection, so the garbage of compiling the rules is not counted as taken; on a larger heap
     * the budget is ample either way and the collection is skipped.
     */
    public static MemoryGate forThisHeap() {
        Runtime rt = Runtime.getRuntime();
        if (rt.maxMemory() < 2048 * MB) System.gc();
        long base = rt.totalMemory() - rt.freeMemory();
        return new MemoryGate((rt.maxMemory() - base) * 4 / 5);
    }

    public long budget() { return budget; }

    /**
     * The bytes one file may hold while it is read and checked, by its format (file name ending) and size. A PDF
     * or DOCX costs more than its size says even when small: the PDF reader parses embedded Chinese fonts, the
     * DOCX reader holds the unpacked XML.
     */
    public static long cost(String format, long size) {
        return switch (format) {
            case "txt", "md", "markdown" -> PER_FILE + 10 * size;
            case "html", "htm" -> PER_FILE + 20 * size;
            case "docx" -> 2 * PER_FILE + 30 * size;
            default -> 3 * PER_FILE + 30 * size; // pdf, and what the content may turn out to be
        };
    }

    /** Whether a file of this cost can ever be admitted. */
    public boolean fits(long cost) { return cost <= budget; }

    /** The heap, in MB rounded up to 64, that would let a file of this cost through: the user's -Xmx. */
    public long heapFor(long cost) {
        long max = Runtime.getRuntime().maxMemory();
        long needed = max - budget + cost + cost / 4;
        return (needed / MB + 63) / 64 * 64;
    }

    /** Waits until the cost fits beside the files in flight (one file alone is always let through). */
    public synchronized void acquire(long cost) throws InterruptedException {
        while (inUse > 0 && inUse + cost > budget) wait();
        inUse += cost;
    }

    /** Waits until no other file is in flight and takes the whole budget: for a file retried alone. */
    public synchronized long acquireAll() throws InterruptedException {
        while (inUse > 0) wait();
        inUse = budget;
        return budget;
    }

    public synchronized void release(long cost) {
        inUse = Math.max(0, inUse - cost);
        notifyAll();
    }

    synchronized long inUse() { return inUse; }
}
