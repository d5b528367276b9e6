package io.dockyard.engine.api;

import io.dockyard.intent.BuildImage;
import io.dockyard.intent.ComposeCli;
import io.dockyard.intent.Intent;
import io.dockyard.intent.PullImage;
import io.dockyard.model.Layer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What Dockyard asks the engine to do, in Dockyard's own terms. Every call returns at once and
 * runs on a background executor with a time limit; the future fails with a
 * {@link CommandFailed} worded for people, in the engine's own words where it has them.
 * Long calls (pull, build, following logs, stats) stop when their future is cancelled.
 * Progress callbacks run on a background thread: hop to the UI thread before touching controls.
 */
public interface EngineCommands extends AutoCloseable {

    /**
     * Performs an action: run, start, stop, restart, pause, unpause, kill, rename, remove, commit,
     * tag, remove image, prune images, exec; create, remove and prune volumes; create and remove
     * networks, connect and disconnect containers; stop, start, restart and remove compose projects.
     * The same value's {@code cliLine()} is what the journal shows.
     */
    CompletableFuture<Outcome> perform(Intent intent);

    /**
     * Which compose command line this machine has ({@code docker compose}, {@code docker-compose} or
     * neither), found once in the background under a short time limit; project actions are
     * journaled in its words.
     */
    CompletableFuture<ComposeCli> composeCli();

    /** Pulls an image, reporting each layer's progress. */
    CompletableFuture<Outcome> pull(PullImage pull, Consumer<PullProgress> progress);

    /** Builds an image, reporting each line of output and each step. */
    CompletableFuture<Outcome> build(BuildImage build, Consumer<BuildProgress> progress);

    /** Streams a container's logs; with {@code follow} it goes on until cancelled or the container stops. */
    CompletableFuture<Void> logs(String container, LogOptions options, Consumer<LogLine> lines);

    /** {@code docker diff}: files added, changed or deleted in the container's writable layer. */
    CompletableFuture<List<FileChange>> diff(String container);

    /** {@code docker top}: the container's processes. */
    CompletableFuture<ProcessTable> top(String container);

    /** {@code docker stats}: a sample about every second until cancelled or the container stops. */
    CompletableFuture<Void> stats(String container, Consumer<StatsSample> samples);

    /** {@code docker history}: the image's layers, oldest first. */
    CompletableFuture<List<Layer>> history(String image);

    /** Dangling images carrying all the given labels (none: every dangling image), for a prune confirmation. */
    CompletableFuture<List<DanglingImage>> danglingImages(Map<String, String> labels);

    /** What removing a container would throw away, for the confirmation. */
    CompletableFuture<RemovalImpact> removalImpact(String container);

    @Override
    void close();

    /**
     * How an action ended.
     *
     * @param summary short words for the journal ("3c5e91a0b7d2", "stopped", "untagged app:1")
     * @param newId   the id of what it made (container, image), or empty
     * @param output  longer output (exec output, removed ids), or empty
     */
    record Outcome(String summary, String newId, String output) {
        public static Outcome of(String summary) {
            return new Outcome(summary, "", "");
        }
    }

    /**
     * One progress message of a pull.
     *
     * @param layer   layer id, or empty for messages about the whole image
     * @param status  the engine's words ("Downloading", "Pull complete" …)
     * @param current bytes done, 0 when unknown
     * @param total   bytes in all, 0 when unknown
     */
    record PullProgress(String layer, String status, long current, long total) {
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) current / total);
        }
    }

    /**
     * One line of build output.
     *
     * @param line       the text, without its line break
     * @param step       the step being run (1-based), 0 before the first
     * @param totalSteps how many steps the Dockerfile has, 0 when not yet known
     */
    record BuildProgress(String line, int step, int totalSteps) {
    }

    /**
     * @param follow keep streaming new lines
     * @param tail   how many of the last lines to start with, or -1 for all
     */
    record LogOptions(boolean follow, int tail) {
        public static LogOptions all() {
            return new LogOptions(false, -1);
        }
    }

    /**
     * One log line.
     *
     * @param time   when the engine received it
     * @param stderr whether it came from standard error
     */
    record LogLine(Instant time, boolean stderr, String text) {
    }

    /** One entry of {@code docker diff}. */
    record FileChange(Kind kind, String path) {
        /** As {@code docker diff} prints it: A, C or D. */
        public enum Kind {
            ADDED("A"), CHANGED("C"), DELETED("D");

            private final String letter;

            Kind(String letter) {
                this.letter = letter;
            }

            public String letter() {
                return letter;
            }
        }

        @Override
        public String toString() {
            return kind.letter() + " " + path;
        }
    }

    /** {@code docker top}: column titles and one row per process. */
    record ProcessTable(List<String> titles, List<List<String>> rows) {
        public ProcessTable {
            titles = List.copyOf(titles);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One stats sample.
     *
     * @param cpuPercent  as {@code docker stats} shows it: 100 is one full core
     * @param memoryBytes memory in use, page cache left out
     * @param memoryLimit the container's memory limit (the host's memory when unlimited)
     */
    record StatsSample(Instant time, double cpuPercent, long memoryBytes, long memoryLimit) {
    }

    /** A dangling image: no tag, used by no container. */
    record DanglingImage(String id, long size, Instant created) {
    }

    /**
     * @param writableBytes    size of the writable layer, lost on removal
     * @param anonymousVolumes anonymous volumes removed only with {@code -v}
     * @param namedVolumes     named volumes, which always stay
     * @param running          whether the container runs (removal then needs force)
     */
    record RemovalImpact(long writableBytes, List<String> anonymousVolumes, List<String> namedVolumes,
                         boolean running) {
        public RemovalImpact {
            anonymousVolumes = List.copyOf(anonymousVolumes);
            namedVolumes = List.copyOf(namedVolumes);
        }
    }
}
