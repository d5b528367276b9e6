package io.dockyard.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Items offered from any thread, handed on in batches on an executor, with at most one drain
 * scheduled at a time: a burst of 500 offers while the executor is busy becomes one batch of 500,
 * not 500 tasks. No item is lost: one offered while a drain runs is in that drain's batch or
 * schedules the next drain. The consumer is called on the executor, only with non-empty batches,
 * in offer order per offering thread.
 *
 * @param <T> what is offered
 */
public final class Coalescer<T> {
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor executor;
    private final Consumer<List<T>> batches;

    /**
     * @param executor runs the drains (the FX frame executor, a store's writer thread, a feed's control thread)
     * @param batches  takes each batch, on the executor
     */
    public Coalescer(Executor executor, Consumer<List<T>> batches) {
        this.executor = executor;
        this.batches = batches;
    }

    /** Queues one item; safe from any thread. */
    public void offer(T item) {
        queue.add(item);
        schedule();
    }

    /** Queues the items together; safe from any thread. */
    public void offerAll(Collection<? extends T> items) {
        if (items.isEmpty()) {
            return;
        }
        queue.addAll(items);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        // Cleared before the queue is read: an item offered after this line schedules the next
        // drain, and one offered before it is still in the queue for this one. Clearing after
        // reading would strand an item offered in between, with no drain to take it.
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item; (item = queue.poll()) != null; ) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            batches.accept(batch);
        }
    }
}
