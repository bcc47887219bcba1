package org.xxgkcheck.output;

import java.io.IOException;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;

/**
 * Writes a batch's results as they come, in input order: {@link #begin}, one {@link #result} per report, then
 * {@link #end} with the waiver statuses. A writer keeps no result after its call returns: what a format must print
 * later in the document goes to a {@link Spool}, so memory stays flat however long the batch.
 */
public interface ResultWriter extends AutoCloseable {
    void begin() throws IOException;

    void result(CheckResult r) throws IOException;

    /** @param waivers the status of every waiver after the batch (empty without --waivers) */
    void end(List<WaiverLedger.Status> waivers) throws IOException;

    /** Pushes what was written so far to the target (for a terminal that shows each report as it is done). */
    default void flush() throws IOException {}

    /** Releases what the writer spooled; the target itself is left open. */
    @Override
    default void close() throws IOException {}
}
