package io.dockyard.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled executor on virtual time, driven by the test: nothing runs until {@link #runDue()}
 * or {@link #advance(Duration)}, and then on the test's own thread. Its {@link #clock()} is the
 * same virtual time, so back-off and schedules are checked as numbers, in microseconds of real time.
 * Tasks may be queued from any thread (a fake engine's stream); they are run by the test only.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>(
            Comparator.<Task<?>>comparingLong(t -> t.dueNanos).thenComparingLong(t -> t.order));
    private long nowNanos;
    private long order;
    private boolean shutdown;
    private final Instant epoch = Instant.parse("2026-03-01T10:00:00Z");

    /** The virtual time, as a clock. */
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                synchronized (ManualScheduler.this) {
                    return epoch.plusNanos(nowNanos);
                }
            }
        };
    }

    /** Runs every task due now, including those they queue for now; returns how many ran. */
    int runDue() {
        int ran = 0;
        for (Task<?> next; (next = pollDue()) != null; ran++) {
            next.run();
        }
        return ran;
    }

    /** Moves time on step by step, running what falls due on the way. */
    void advance(Duration by) {
        long until;
        synchronized (this) {
            until = nowNanos + by.toNanos();
        }
        runDue();
        while (true) {
            synchronized (this) {
                Task<?> head = queue.peek();
                if (head == null || head.dueNanos > until) {
                    nowNanos = until;
                    break;
                }
                nowNanos = Math.max(nowNanos, head.dueNanos);
            }
            runDue();
        }
        runDue();
    }

    /** Tasks waiting, due or not. */
    synchronized int pending() {
        return queue.size();
    }

    /** How long until the next task falls due, or null when nothing waits. */
    synchronized Duration untilNext() {
        Task<?> head = queue.peek();
        return head == null ? null : Duration.ofNanos(Math.max(0, head.dueNanos - nowNanos));
    }

    private synchronized Task<?> pollDue() {
        Task<?> head = queue.peek();
        return head != null && head.dueNanos <= nowNanos ? queue.poll() : null;
    }

    private synchronized <V> Task<V> add(Callable<V> work, long delayNanos, long periodNanos) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        Task<V> t = new Task<>(work, nowNanos + Math.max(0, delayNanos), periodNanos, order++);
        queue.add(t);
        return t;
    }

    @Override
    public void execute(Runnable command) {
        add(() -> {
            command.run();
            return null;
        }, 0, 0);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(() -> {
            command.run();
            return null;
        }, unit.toNanos(delay), 0);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(callable, unit.toNanos(delay), 0);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(() -> {
            command.run();
            return null;
        }, unit.toNanos(initialDelay), unit.toNanos(delay));
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true; // nothing runs unless the test runs it
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        final Callable<V> work;
        final long dueNanos;
        final long periodNanos;
        final long order;

        Task(Callable<V> work, long dueNanos, long periodNanos, long order) {
            super(work);
            this.work = work;
            this.dueNanos = dueNanos;
            this.periodNanos = periodNanos;
            this.order = order;
        }

        @Override
        public void run() {
            if (periodNanos == 0) {
                super.run();
                return;
            }
            if (runAndReset()) {
                synchronized (ManualScheduler.this) {
                    if (!shutdown) {
                        queue.add(new Task<>(work, nowNanos + periodNanos, periodNanos, ManualScheduler.this.order++));
                    }
                }
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            synchronized (ManualScheduler.this) {
                return unit.convert(dueNanos - nowNanos, TimeUnit.NANOSECONDS);
            }
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
