package org.xxgkcheck.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a task over a list on a few threads and hands the outcomes on strictly in list order, as soon as the
 * earliest unfinished one is done. At most {@link #AHEAD} × jobs tasks are started ahead of the one handed on
 * next, so a batch of any length holds only that window of outcomes, never all of them.
 */
final class InOrder {
    private InOrder() {}

    /** Tasks started per thread ahead of the one handed on next: keeps threads busy when one file is slow. */
    static final int AHEAD = 4;

    /** Receives each outcome, in list order, on the calling thread. */
    interface Sink<R> {
        void accept(R outcome) throws IOException;
    }

    static <T, R> void run(List<T> items, int jobs, Function<T, R> task, Sink<R> sink) throws IOException, ExecutionException, InterruptedException {
        if (jobs <= 1 || items.size() <= 1) {
            for (T item : items) sink.accept(task.apply(item));
            return;
        }
        int threads = Math.min(jobs, items.size());
        int window = threads * AHEAD;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ArrayDeque<Future<R>> started = new ArrayDeque<>(window);
            int next = 0;
            while (next < items.size() || !started.isEmpty()) {
                while (next < items.size() && started.size() < window) {
                    T item = items.get(next++);
                    started.add(pool.submit(() -> task.apply(item)));
                }
                sink.accept(started.poll().get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
