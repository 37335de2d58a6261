package org.idlibchronicle.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;

/**
 * Issue 28: the kinds of content are read beside each other, not one after the other. The first
 * kind's first file is held until a file of another kind is read: read one kind after the other,
 * that never happens (the wait's limit only keeps a failing test from hanging).
 */
class KindsReadTogetherTest {
    @Test
    void aFileOfAnotherKindIsReadWhileTheFirstKindIsBeingRead() {
        List<? extends KindReading> kinds = org.idlibchronicle.kinds.Kinds.all();
        CountDownLatch otherKindRead = new CountDownLatch(1);
        AtomicBoolean held = new AtomicBoolean();
        AtomicReference<Boolean> readTogether = new AtomicReference<>();
        List<KindReading> watched = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            KindReading reading = kinds.get(i);
            boolean first = i == 0;
            watched.add(new KindReading() {
                @Override
                public ContentKind kind() {
                    return reading.kind();
                }

                @Override
                public Item read(ItemFile file) {
                    if (!first) {
                        otherKindRead.countDown();
                    } else if (held.compareAndSet(false, true)) {
                        try {
                            readTogether.set(otherKindRead.await(30, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return reading.read(file);
                }

                @Override
                public List<Item> ordered(List<Item> items) {
                    return reading.ordered(items);
                }
            });
        }
        Problems problems = new Problems();
        Content read = new ContentLoader(Fixture.REPO, Fixture.CONTENT, Fixture.REPO.resolve("schemas"), problems).load(watched);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        assertTrue(held.get(), "the fixture has files of " + kinds.get(0).kind());
        assertTrue(readTogether.get(), "no file of another kind was read while a file of " + kinds.get(0).kind() + " was");
        // Read together, the kinds' items are what they were read alone, in their order.
        Content alone = new ContentLoader(Fixture.REPO, Fixture.CONTENT, Fixture.REPO.resolve("schemas"), new Problems())
                .load(kinds);
        for (ContentKind kind : ContentKind.values()) assertEquals(alone.items(kind), read.items(kind), kind.toString());
    }

}
