package org.idlibchronicle.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ParallelTest {

    /**
     * A loop run while the pool's threads are busy (the index's loops while render holds them)
     * leaves its helper tasks queued; once it has returned they must not keep its results alive.
     * At 100,000 events they kept every analysed block of the index and the build ran out of heap.
     */
    @Test
    void aLoopThatReturnedKeepsNothingAliveThroughTasksStillQueued() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(Runtime.getRuntime().availableProcessors());
        List<CompletableFuture<Void>> blockers = new ArrayList<>();
        for (int t = 0; t < Runtime.getRuntime().availableProcessors(); t++) {
            blockers.add(Parallel.start(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
        }
        try {
            busy.await();
            WeakReference<int[]> result = mapWhileThePoolIsBusy();
            for (int i = 0; i < 10 && result.get() != null; i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertTrue(result.get() == null, "a result is held by the loop's queued helper tasks");
        } finally {
            release.countDown();
            blockers.forEach(CompletableFuture::join);
        }
    }

    /** Maps on this thread alone (the pool's threads are blocked), returning only a weak hold on the results. */
    private static WeakReference<int[]> mapWhileThePoolIsBusy() {
        List<int[]> results = Parallel.map(List.of(1, 2, 3, 4), i -> new int[1 << 20]);
        assertEquals(4, results.size());
        return new WeakReference<>(results.get(0));
    }
}
