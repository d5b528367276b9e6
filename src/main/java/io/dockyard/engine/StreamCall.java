package io.dockyard.engine;

import com.github.dockerjava.api.async.ResultCallback;
import io.dockyard.engine.api.CommandFailed;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A docker-java stream tied to a future: items go to a handler, the end of the stream completes
 * the future, a failure fails it in words for people, and cancelling the future closes the stream.
 */
class StreamCall<I, R> extends ResultCallback.Adapter<I> {
    /** Handles one item; returning a failure ends the stream with it. */
    interface ItemHandler<I> {
        String handle(I item);
    }

    final CompletableFuture<R> future = new CompletableFuture<>();
    private final ItemHandler<I> handler;
    private final java.util.function.Supplier<R> result;
    private final Function<Throwable, CommandFailed> words;

    StreamCall(ItemHandler<I> handler, java.util.function.Supplier<R> result, Function<Throwable, CommandFailed> words) {
        this.handler = handler;
        this.result = result;
        this.words = words;
        future.whenComplete((r, e) -> {
            if (future.isCancelled()) {
                closeQuietly();
            }
        });
    }

    @Override
    public void onNext(I item) {
        if (future.isDone()) {
            closeQuietly();
            return;
        }
        String problem;
        try {
            problem = handler.handle(item);
        } catch (RuntimeException e) {
            future.completeExceptionally(words.apply(e));
            closeQuietly();
            return;
        }
        if (problem != null) {
            future.completeExceptionally(words.apply(new IllegalStateException(problem)));
            closeQuietly();
        }
    }

    @Override
    public void onError(Throwable failure) {
        future.completeExceptionally(words.apply(failure));
        closeQuietly();
    }

    @Override
    public void onComplete() {
        try {
            future.complete(result.get());
        } catch (RuntimeException e) {
            future.completeExceptionally(words.apply(e));
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (java.io.IOException | RuntimeException ignored) {
            // the stream is finished either way; nothing more can be told about it
        }
    }
}
