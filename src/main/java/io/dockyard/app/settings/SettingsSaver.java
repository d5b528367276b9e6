package io.dockyard.app.settings;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes settings on a thread of its own, so that no click waits for the disk. Saves that come
 * faster than the disk are folded together: only the newest settings are written.
 */
public final class SettingsSaver implements AutoCloseable {
    private final SettingsStore store;
    private final Consumer<String> problems;
    private final AtomicReference<Settings> pending = new AtomicReference<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dockyard-settings");
        t.setDaemon(true);
        return t;
    });

    /** @param problems told, on the writer's thread, when a write fails; in words for people */
    public SettingsSaver(SettingsStore store, Consumer<String> problems) {
        this.store = store;
        this.problems = problems;
    }

    /** Writes these settings soon; a later call before the write replaces them. Never blocks. */
    public void save(Settings settings) {
        if (pending.getAndSet(settings) == null) {
            writer.execute(this::writeNewest);
        }
    }

    private void writeNewest() {
        Settings newest = pending.getAndSet(null);
        if (newest != null) {
            store.trySave(newest).ifPresent(problems);
        }
    }

    /** Writes what is pending and waits for it, at most {@code limit}: for quitting. */
    public void flush(Duration limit) {
        try {
            writer.submit(this::writeNewest).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            problems.accept("Dockyard could not finish saving its settings to " + store.file() + " in time.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        writer.shutdown();
    }
}
