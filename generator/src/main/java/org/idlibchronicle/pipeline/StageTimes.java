package org.idlibchronicle.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How long each stage of a build took, in the order the stages first ran: the conductor's clock,
 * kept apart so that the stages it runs from other files (the cards, the wait for the history) are
 * timed alike. A stage timed in several pieces (check: the documents' texts, then the checks) is
 * summed; stages run on several threads at once, hence the lock.
 */
final class StageTimes {
    /** Told as each stage starts, on the thread that runs it: a test holds a stage there to see what runs beside it. */
    interface Watch {
        void starting(String stage);
    }

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private Watch watch = stage -> { };

    void watch(Watch watch) {
        this.watch = watch;
    }

    /** Runs {@code work} as the stage {@code name}, adding the time it took to the stage's. */
    <T> T time(String name, Supplier<T> work) {
        watch.starting(name);
        long t = System.nanoTime();
        T result = work.get();
        add(name, (System.nanoTime() - t) / 1_000_000);
        return result;
    }

    /** Adds time measured by the caller (the write stage, which is not one piece of work). */
    void add(String name, long stageMillis) {
        synchronized (millis) {
            millis.merge(name, stageMillis, Long::sum);
        }
    }

    /** The times so far, in the order the stages first ran. */
    Map<String, Long> millis() {
        synchronized (millis) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
        }
    }
}
