package org.xxgkcheck.understand;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the hostile inputs of HostileInputs (and a 200 MB file) into a folder, for tests outside this package. */
public final class HostileTestFiles {
    private HostileTestFiles() {}

    /** @return how many files were written */
    public static int write(Path dir) throws IOException {
        int n = HostileInputs.writeAll(dir);
        HostileInputs.bigFile(dir, 200 * HostileInputs.MB);
        return n + 1;
    }
}
