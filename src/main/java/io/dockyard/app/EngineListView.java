package io.dockyard.app;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** A plain, live list of images with their containers; stands in until the yard is wired. */
final class EngineListView extends TreeView<String> {
    EngineListView() {
        setShowRoot(false);
        setRoot(new TreeItem<>("engine"));
    }

    void show(EngineState state) {
        TreeItem<String> root = getRoot();
        root.getChildren().clear();
        for (ImageBlueprint image : state.sortedImages()) {
            TreeItem<String> item = new TreeItem<>(image.displayName() + "  " + image.shortId());
            for (ContainerInstance c : state.containersOf(image.id())) {
                item.getChildren().add(new TreeItem<>(c.name() + " — " + c.state().engineName() + " — " + c.status()));
            }
            item.setExpanded(true);
            root.getChildren().add(item);
        }
    }
}
