package io.dockyard.testing;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What {@code docker ps -a} and {@code docker images -a} show, as comparable lines, and the same
 * lines made from Dockyard's model. Equal lines mean the model is exact.
 */
public final class EngineTruth {
    private EngineTruth() {
    }

    /** One line per container: id, name, state. */
    public static Set<String> containers(TestEngine engine) {
        return lines(engine.docker("ps", "-a", "--no-trunc", "--format", "{{.ID}} {{.Names}} {{.State}}"));
    }

    /** One line per image: id and its sorted tags. */
    public static Set<String> images(TestEngine engine) {
        String out = engine.docker("images", "-a", "--no-trunc", "--format", "{{.ID}} {{.Repository}}:{{.Tag}}");
        // docker images prints one row per tag; fold them into one line per image
        return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank())
                .map(l -> l.split(" ", 2))
                .collect(Collectors.groupingBy(p -> p[0], Collectors.mapping(p -> p[1], Collectors.toCollection(TreeSet::new))))
                .entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().stream().filter(t -> !t.equals("<none>:<none>"))
                        .collect(Collectors.joining(",")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static Set<String> containers(EngineState state) {
        return state.containers().values().stream().map(EngineTruth::line).collect(Collectors.toCollection(TreeSet::new));
    }

    public static Set<String> images(EngineState state) {
        return state.images().values().stream().map(EngineTruth::line).collect(Collectors.toCollection(TreeSet::new));
    }

    /** What only the model has and what only the engine has, for a failure message. */
    public static String difference(Set<String> model, Set<String> engine) {
        Set<String> onlyModel = new TreeSet<>(model);
        onlyModel.removeAll(engine);
        Set<String> onlyEngine = new TreeSet<>(engine);
        onlyEngine.removeAll(model);
        return "only in the model: " + onlyModel + "; only in the engine: " + onlyEngine;
    }

    private static String line(ContainerInstance c) {
        return c.id() + " " + c.name() + " " + c.state().engineName();
    }

    private static String line(ImageBlueprint i) {
        return i.id() + " " + String.join(",", new TreeSet<>(i.repoTags()));
    }

    private static Set<String> lines(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).map(String::trim)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
