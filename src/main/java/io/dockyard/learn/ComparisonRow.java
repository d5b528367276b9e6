package io.dockyard.learn;

/**
 * The rows of the image-versus-container comparison that the lessons are built around. Each lesson
 * ends by tying what the learner just did back to one row.
 */
public enum ComparisonRow {
    STATE("State", "sits still, never changes", "comes alive, stops, starts again"),
    STORAGE("Storage", "read-only layers on disk", "one thin writable layer on top, plus memory while it runs"),
    MUTABILITY("Mutability", "frozen once built", "takes changes, which die with it unless committed"),
    EXECUTION("Execution", "runs nothing", "runs processes"),
    HOW_MADE("How it is made", "docker build or docker pull", "docker run (or create, then start)"),
    HOW_MANY("How many", "one blueprint", "as many instances as you like");

    private final String property;
    private final String image;
    private final String container;

    ComparisonRow(String property, String image, String container) {
        this.property = property;
        this.image = image;
        this.container = container;
    }

    public String property() {
        return property;
    }

    public String image() {
        return image;
    }

    public String container() {
        return container;
    }
}
