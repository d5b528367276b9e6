package io.dockyard.engine;

import io.dockyard.model.LogLine;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/** Cuts log frames into lines (a frame may hold several lines or part of one) and reads each line's timestamp. */
final class LogSplitter {
    private final Consumer<? super LogLine> sink;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    LogSplitter(Consumer<? super LogLine> sink) {
        this.sink = sink;
    }

    void add(boolean stderr, String text) {
        StringBuilder buffer = stderr ? err : out;
        buffer.append(text);
        int newline;
        while ((newline = buffer.indexOf("\n")) >= 0) {
            emit(stderr, buffer.substring(0, newline));
            buffer.delete(0, newline + 1);
        }
    }

    void flush() {
        if (out.length() > 0) {
            emit(false, out.toString());
            out.setLength(0);
        }
        if (err.length() > 0) {
            emit(true, err.toString());
            err.setLength(0);
        }
    }

    private void emit(boolean stderr, String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        int space = text.indexOf(' ');
        Instant time = null;
        if (space > 0) {
            try {
                time = Instant.parse(text.substring(0, space));
                text = text.substring(space + 1);
            } catch (DateTimeParseException notATimestamp) {
                time = null;
            }
        }
        sink.accept(new LogLine(time, stderr, text));
    }
}
