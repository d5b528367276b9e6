package io.dockyard.engine.api;

import io.dockyard.intent.BuildImage;
import io.dockyard.intent.ComposeCli;
import io.dockyard.intent.Intent;
import io.dockyard.intent.PullImage;
import io.dockyard.intent.Query;
import io.dockyard.intent.StreamingQuery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What Dockyard asks the engine to do, in Dockyard's own terms. Every call returns at once and
 * runs on a background executor with a time limit; the future fails with a
 * {@link CommandFailed} worded for people, in the engine's own words where it has them.
 * Long calls (pull, build, streams of logs and stats) stop when their future is cancelled.
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

    /**
     * Answers a question: {@code docker diff}, {@code docker top}, {@code docker history}. The same
     * value's {@code cliLine()} is what the window that shows the answer shows.
     */
    <T> CompletableFuture<T> ask(Query<T> query);

    /**
     * Answers a question piece by piece ({@code docker logs}, {@code docker stats}), feeding
     * {@code each} on a background thread until the stream ends by itself or the future is cancelled.
     */
    <E> CompletableFuture<Void> stream(StreamingQuery<E> query, Consumer<? super E> each);

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
