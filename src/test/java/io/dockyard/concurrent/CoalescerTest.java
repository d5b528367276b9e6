package io.dockyard.concurrent;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoalescerTest {
    /** An executor that only queues tasks; the test runs them when it chooses. */
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final List<List<String>> batches = new ArrayList<>();

    private void runAll() {
        for (Runnable r; (r = tasks.poll()) != null; ) {
            r.run();
        }
    }

    @Test
    void aBurstIsOneDrainAndOneBatch() {
        Coalescer<String> c = new Coalescer<>(tasks::add, batches::add);
        c.offer("a");
        c.offerAll(List.of("b", "c"));
        c.offer("d");
        assertEquals(1, tasks.size(), "one drain scheduled for the whole burst");
        runAll();
        assertEquals(List.of(List.of("a", "b", "c", "d")), batches);
    }

    @Test
    void nothingOfferedIsNoDrainAndNoBatch() {
        Coalescer<String> c = new Coalescer<>(tasks::add, batches::add);
        c.offerAll(List.of());
        assertEquals(0, tasks.size());
        c.offer("a");
        runAll();
        runAll();
        assertEquals(List.of(List.of("a")), batches, "no empty batches");
    }

    @Test
    void anItemOfferedWhileADrainRunsSchedulesTheNextDrain() {
        AtomicReference<Coalescer<String>> self = new AtomicReference<>();
        self.set(new Coalescer<>(tasks::add, batch -> {
            batches.add(batch);
            if (batch.contains("first")) {
                self.get().offer("during"); // as a stream thread would, while the UI takes the batch
            }
        }));
        self.get().offer("first");
        tasks.poll().run();
        assertEquals(1, tasks.size(), "the item offered during the drain has a drain of its own");
        runAll();
        assertEquals(List.of(List.of("first"), List.of("during")), batches);
    }

    @Test
    void itemsFromManyThreadsAllArriveOnceWithOneDrainOutstandingAtATime() throws Exception {
        ExecutorService drainer = Executors.newSingleThreadExecutor();
        ExecutorService producers = Executors.newFixedThreadPool(4);
        AtomicInteger outstanding = new AtomicInteger();
        AtomicInteger mostOutstanding = new AtomicInteger();
        List<Integer> received = new CopyOnWriteArrayList<>();
        try {
            Coalescer<Integer> c = new Coalescer<>(task -> {
                mostOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
                drainer.execute(() -> {
                    outstanding.decrementAndGet();
                    task.run();
                });
            }, received::addAll);
            int perThread = 20_000;
            CountDownLatch start = new CountDownLatch(1);
            for (int t = 0; t < 4; t++) {
                int base = t * perThread;
                producers.execute(() -> {
                    awaitQuietly(start);
                    for (int i = 0; i < perThread; i++) {
                        c.offer(base + i);
                    }
                });
            }
            start.countDown();
            producers.shutdown();
            assertTrue(producers.awaitTermination(30, TimeUnit.SECONDS));
            drainer.submit(() -> { }).get(30, TimeUnit.SECONDS); // every drain scheduled so far has run
            List<Integer> sorted = new ArrayList<>(received);
            Collections.sort(sorted);
            assertEquals(IntStream.range(0, 4 * perThread).boxed().toList(), sorted, "each item exactly once");
            assertEquals(1, mostOutstanding.get(), "never two drains scheduled at once");
        } finally {
            drainer.shutdownNow();
            producers.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
