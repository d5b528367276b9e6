package io.dockyard.actions.ui;

import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * The gestures on what containers are wired to and grouped in: volumes, networks, compose
 * projects and a swarm's services and nodes, each with its own menu.
 */
public record WiringActions(VolumeActions volumes, NetworkActions networks, ProjectActions projects,
                            SwarmActions swarm) {
    public static WiringActions of(ActionRunner runner, Supplier<Window> owner) {
        return new WiringActions(new VolumeActions(runner, owner), new NetworkActions(runner, owner),
                new ProjectActions(runner, owner), new SwarmActions(runner, owner));
    }
}
