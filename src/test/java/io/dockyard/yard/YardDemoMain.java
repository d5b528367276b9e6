package io.dockyard.yard;

import javafx.application.Application;

/** Starts {@link YardDemo} from the class path (a main class that is not an Application). */
public final class YardDemoMain {
    private YardDemoMain() {
    }

    public static void main(String[] args) {
        Application.launch(YardDemo.class, args);
    }
}
