package io.dockyard.model;

/**
 * One entry of {@code docker diff}: a path the container added, changed or deleted in its
 * writable layer.
 */
public record FileChange(Kind kind, String path) {
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

    /** The line {@code docker diff} prints: "A /tmp/hello.txt". */
    @Override
    public String toString() {
        return kind.letter() + " " + path;
    }
}
