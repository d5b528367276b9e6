package io.dockyard.app;

import io.dockyard.engine.EngineCatalog;
import io.dockyard.engine.EngineEndpoint;
import io.dockyard.engine.KnownEngine;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The Engines menu: every docker context the user has, read afresh each time the menu opens (so
 * a {@code docker context create} in a terminal shows up without a restart), the addresses added
 * by hand, and "Add an engine…". Ticking an engine shows it beside the others; unticking hides it.
 */
final class EnginesMenu {
    /** What the menu's choices do. */
    interface Choices {
        ShownEngines shown();

        /** Where the first engine is, or null before it was found. */
        EngineEndpoint first();

        void show(String key, boolean on);

        void removeAdded(String entry);

        void add();
    }

    private final MenuButton button = MainWindow.menu("Engines");
    private final Choices choices;
    private final Executor reads;
    private final Executor frames;
    private List<KnownEngine> contexts = List.of();
    private boolean read;
    /** Why the contexts could not be read, empty when they could. */
    private String unreadable = "";

    EnginesMenu(Choices choices, Executor reads, Executor frames) {
        this.choices = choices;
        this.reads = reads;
        this.frames = frames;
        button.setId("engines-menu");
        button.setOnShowing(e -> {
            fill();
            refresh();
        });
        fill();
    }

    MenuButton button() {
        return button;
    }

    /** Reads the contexts off the FX thread (it reads files and pings sockets), then shows them. */
    private void refresh() {
        CompletableFuture.supplyAsync(EngineCatalog::list, reads).whenComplete((list, failure) -> frames.execute(() -> {
            contexts = failure == null ? list : List.of();
            unreadable = failure == null ? "" : "the contexts could not be read: " + (failure.getCause() != null
                    ? failure.getCause().getMessage() : failure.getMessage());
            read = true;
            fill();
        }));
    }

    private void fill() {
        List<MenuItem> items = new ArrayList<>();
        items.add(heading("Docker contexts"));
        if (!read) {
            items.add(heading("reading ~/.docker/contexts…"));
        } else if (!unreadable.isEmpty()) {
            items.add(heading(unreadable));
        }
        ShownEngines shown = choices.shown();
        for (KnownEngine k : contexts) {
            items.add(contextItem(k, shown));
        }
        items.add(new SeparatorMenuItem());
        items.add(heading("Added by hand"));
        for (String entry : shown.added()) {
            String address = ShownEngines.address(entry);
            CheckMenuItem item = new CheckMenuItem(address);
            item.setSelected(shown.isShown(ShownEngines.addressKey(entry)));
            item.setOnAction(e -> choices.show(ShownEngines.addressKey(entry), item.isSelected()));
            items.add(item);
        }
        for (String entry : shown.added()) {
            MenuItem remove = new MenuItem("Remove " + ShownEngines.address(entry) + " from this list");
            remove.setOnAction(e -> choices.removeAdded(entry));
            items.add(remove);
        }
        MenuItem add = new MenuItem("Add an engine…");
        add.setId("engines-add");
        add.setOnAction(e -> choices.add());
        items.add(add);
        button.getItems().setAll(items);
    }

    private MenuItem contextItem(KnownEngine k, ShownEngines shown) {
        String key = ShownEngines.contextKey(k.name());
        boolean first = isFirst(k);
        String where = k.host().isEmpty() ? "" : " — " + k.host();
        CheckMenuItem item = new CheckMenuItem(k.name() + where + (first ? "  (shown first)" : "")
                + (k.isUsable() ? "" : "  ✗ " + k.problem()));
        item.setId("engines-context-" + k.name().replaceAll("[^A-Za-z0-9_.-]", "-"));
        item.setSelected(first || shown.isShown(key));
        item.setDisable(first || !k.isUsable());
        item.setOnAction(e -> choices.show(key, item.isSelected()));
        return item;
    }

    /** Whether the context reaches the engine shown first, which is always shown. */
    private boolean isFirst(KnownEngine k) {
        EngineEndpoint first = choices.first();
        if (first == null || k.endpoint() == null) {
            return false;
        }
        return first.context() != null ? first.context().equals(k.endpoint().context())
                : Objects.equals(first.host(), k.endpoint().host()) && k.endpoint().context() == null;
    }

    private static MenuItem heading(String text) {
        MenuItem h = new MenuItem(text);
        h.setDisable(true);
        h.getStyleClass().add("menu-heading");
        return h;
    }
}
