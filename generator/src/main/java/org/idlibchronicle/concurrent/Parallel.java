package org.idlibchronicle.concurrent;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The build's parallel loops, on one pool with a thread per core.
 *
 * <p>Why not parallel streams: the common pool has one thread fewer than the machine has cores,
 * and a thread outside it that waits for a parallel stream spins in {@code helpComplete} while
 * the other stage (render and index run side by side) holds the pool; on two cores that spin
 * took a fifth of the build's CPU time. Here the calling thread works through the items with the
 * pool's threads, each taking the next item from a shared counter, then blocks (without spinning)
 * until the items others took are done. A loop started from inside the pool never waits for a
 * task that has not started, so loops can nest without deadlock.
 */
public final class Parallel {
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "build-worker");
        t.setDaemon(true);
        return t;
    });

    /**
     * Threads for loops whose items wait on the disk rather than use a core: removing the previous
     * site's 25,000 files at 10,000 events took 2.5 to 4 s on one thread (unlinking files already
     * written back waits on the file system's journal, 0.5 s of it CPU), about 2 s on two and 1.1
     * to 1.4 s on four to eight (measured with rm on this machine's disk).
     */
    private static final int WAITING_THREADS = 4;

    private static final ExecutorService WAITING_POOL = Executors.newFixedThreadPool(WAITING_THREADS - 1, r -> {
        Thread t = new Thread(r, "build-disk-worker");
        t.setDaemon(true);
        return t;
    });

    private Parallel() {}

    /** Applies {@code fn} to every item on all cores; the results keep the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
        Object[] out = new Object[items.size()];
        forEachIndex(items.size(), i -> out[i] = fn.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        return results;
    }

    /** Runs {@code action} on every item on all cores, in no particular order. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        forEachIndex(items.size(), i -> action.accept(items.get(i)));
    }

    /** Starts {@code work} on the pool and returns at once. */
    public static <T> CompletableFuture<T> start(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, POOL);
    }

    /** Applies {@code then} on the pool to what {@code first} makes, once it is made. */
    public static <T, R> CompletableFuture<R> after(CompletableFuture<T> first, Function<? super T, ? extends R> then) {
        return first.thenApplyAsync(then, POOL);
    }

    /**
     * What {@code work} made, or what it threw, as it threw it: not wrapped in a
     * {@link java.util.concurrent.CompletionException}, so that a stage run beside another fails
     * the way it would have failed run in line.
     */
    public static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Waits for work started beside a task that is failing already, however the work ends: nothing
     * the task started may still be running (writing to a cache, to a staging folder) once it has
     * failed, and its own failure is the one to tell.
     */
    public static void awaitQuietly(CompletableFuture<?> work) {
        try {
            work.join();
        } catch (RuntimeException ignored) {
            // the caller is failing already, with its own message
        }
    }

    /**
     * Runs {@code body} for 0 ≤ i < n on all cores. The first exception stops the hand-out of
     * further items and is thrown here once the items already started are done.
     */
    public static void forEachIndex(int n, IntConsumer body) {
        forEachIndex(n, body, POOL, THREADS);
    }

    /**
     * Runs {@code action} on every item on {@value #WAITING_THREADS} threads, in no particular order:
     * for items that wait on the disk (deleting files), where more threads than cores finish sooner.
     * Not for work that uses a core: these threads are beside the pool's.
     */
    public static <T> void forEachWaiting(List<T> items, Consumer<? super T> action) {
        forEachIndex(items.size(), i -> action.accept(items.get(i)), WAITING_POOL, WAITING_THREADS - 1);
    }

    private static void forEachIndex(int n, IntConsumer body, ExecutorService pool, int helpers) {
        if (n == 0) return;
        Loop loop = new Loop(n, body);
        for (int h = Math.min(helpers, n - 1); h > 0; h--) pool.execute(loop::work);
        loop.work();
        loop.await();
    }

    private static final class Loop {
        private final int n;
        /**
         * Let go once every item is done: a helper task handed to the pool while its threads were
         * busy (the index's loops while render holds them) stays queued, holding this loop, until a
         * thread takes it and finds nothing left; through the body it held the loop's results (at
         * 100,000 events, every analysed block of the index: a gigabyte).
         */
        private volatile IntConsumer body;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private int finished;

        Loop(int n, IntConsumer body) {
            this.n = n;
            this.body = body;
        }

        void work() {
            int done = 0;
            for (int i; (i = next.getAndIncrement()) < n; done++) {
                try {
                    // Read only for an item handed out, so never after the last item is done.
                    if (failure.get() == null) body.accept(i);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
            if (done > 0) {
                synchronized (this) {
                    finished += done;
                    if (finished == n) notifyAll();
                }
            }
        }

        synchronized void await() {
            boolean interrupted = false;
            while (finished < n) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
            body = null;
            Throwable t = failure.get();
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error err) throw err;
            if (t != null) throw new IllegalStateException(t);
        }
    }
}
