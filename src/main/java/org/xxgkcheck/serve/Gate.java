package org.xxgkcheck.serve;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the checks of the service: at most {@code workers} run at once, at most {@code queue} more wait for one,
 * and a request waits at most {@code maxWait}. A request beyond that is refused at once as busy, before its body is
 * read, so a crowd of uploads costs neither memory nor disk.
 */
final class Gate {
    private final int size;
    private final int lineSize;
    private final Semaphore line;
    private final Semaphore workers;
    private final Duration maxWait;

    Gate(int workers, int queue, Duration maxWait) {
        this.size = workers;
        this.lineSize = workers + queue;
        this.line = new Semaphore(lineSize);
        this.workers = new Semaphore(workers, true);
        this.maxWait = maxWait;
    }

    /** A place in line, or busy. Close it when the request is done. */
    Place enter() {
        if (!line.tryAcquire()) throw ApiError.busy();
        return new Place();
    }

    /** Checks running now. */
    int running() { return size - workers.availablePermits(); }

    /** Requests admitted and not yet done (running, waiting, or still uploading). */
    int admitted() { return lineSize - line.availablePermits(); }

    final class Place implements AutoCloseable {
        private boolean working;

        /** Waits for a worker; busy when none comes free in time. */
        void work() {
            try {
                if (!workers.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) throw ApiError.busy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ApiError.busy();
            }
            working = true;
        }

        @Override
        public void close() {
            if (working) workers.release();
            working = false;
            line.release();
        }
    }
}
