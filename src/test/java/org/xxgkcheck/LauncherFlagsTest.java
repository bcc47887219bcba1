package org.xxgkcheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A large batch's child JVM never gets a collector or heap flag on top of one the user chose. */
class LauncherFlagsTest {
    @Test
    void the_users_collector_and_heap_options_are_recognised() {
        for (String gc : new String[] {"-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseZGC", "-XX:+UseSerialGC", "-XX:+UseShenandoahGC"}) {
            assertTrue(Launcher.choosesCollector(gc), gc);
        }
        assertFalse(Launcher.choosesCollector("-XX:+UseCompressedOops"));
        assertFalse(Launcher.choosesCollector("-XX:+UseStringDeduplication"));
        for (String heap : new String[] {"-Xmx2g", "-Xms64m", "-Xmn32m", "-XX:MaxRAMPercentage=50", "-XX:MaxRAM=1g",
            "-XX:MaxHeapSize=512m", "-XX:InitialRAMPercentage=5", "-XX:MaxHeapFreeRatio=30"}) {
            assertTrue(Launcher.sizesHeap(heap), heap);
        }
        assertFalse(Launcher.sizesHeap("-Xss2m"));
        assertFalse(Launcher.sizesHeap("-Dxxgk.child=1"));
    }
}
