package io.dockyard.yard;

/**
 * What is selected on the yard: an image or a container, by full engine id.
 *
 * @param kind which sort of thing
 * @param id   its full engine id
 */
public record Selection(Kind kind, String id) {
    /** Images are blueprints, containers are instances. */
    public enum Kind { IMAGE, CONTAINER }

    public static Selection image(String id) {
        return new Selection(Kind.IMAGE, id);
    }

    public static Selection container(String id) {
        return new Selection(Kind.CONTAINER, id);
    }

    public boolean isImage() {
        return kind == Kind.IMAGE;
    }
}
