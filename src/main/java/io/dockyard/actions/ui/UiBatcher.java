package io.dockyard.actions.ui;

import io.dockyard.concurrent.Coalescer;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Collects items arriving on a stream thread and hands them to the UI in batches, one hand-over
 * outstanding at a time, so a chatty log does not flood the UI thread with one task per line.
 */
final class UiBatcher<T> implements Consumer<T> {
    private final Coalescer<T> toUi;

    UiBatcher(Executor ui, Consumer<List<T>> sink) {
        this.toUi = new Coalescer<>(ui, sink);
    }

    @Override
    public void accept(T item) {
        toUi.offer(item);
    }
}
