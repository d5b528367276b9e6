package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reconciliation pass of the yard against a new state: remove what is gone, create what is
 * new, update what changed in place. Nodes are never rebuilt. Short-lived: one per {@code show}.
 */
final class YardReconciler {
    private final YardView view;
    private final EngineState state;
    private final YardLayout.Placement placement;
    private final boolean animate;
    private final Instant now;
    private final Map<String, Integer> counts = new HashMap<>();
    private final boolean relocate;

    YardReconciler(YardView view, EngineState state, YardLayout.Placement placement, boolean animate) {
        this.view = view;
        this.state = state;
        this.placement = placement;
        this.animate = animate;
        this.now = view.clock().instant();
        this.relocate = true;
        for (ContainerInstance c : state.containers().values()) {
            counts.merge(c.imageId(), 1, Integer::sum);
        }
    }

    void images(YardViewModel.Diff diff) {
        for (String id : diff.removedImages()) {
            BlueprintNode gone = view.blueprints().remove(id);
            if (gone != null) {
                view.motion().disappear(gone, () -> view.nodesLayer().getChildren().remove(gone));
            }
        }
        for (ImageBlueprint image : state.images().values()) {
            BlueprintNode node = view.blueprints().get(image.id());
            boolean created = node == null;
            if (created) {
                node = new BlueprintNode(image);
                view.blueprints().put(image.id(), node);
                enter(node);
            }
            node.update(image, counts.getOrDefault(image.id(), 0), now);
            place(node, image.id());
            if (created && animate) {
                view.motion().drawIn(node);
            }
        }
    }

    void placeholders() {
        List<String> stale = new ArrayList<>();
        for (String id : view.placeholders().keySet()) {
            if (!placement.missingImages().contains(id)) {
                stale.add(id);
            }
        }
        for (String id : stale) {
            MissingImageNode gone = view.placeholders().remove(id);
            view.nodesLayer().getChildren().remove(gone);
        }
        for (String id : placement.missingImages()) {
            MissingImageNode node = view.placeholders().get(id);
            if (node == null) {
                node = new MissingImageNode(id);
                view.placeholders().put(id, node);
                enter(node);
            }
            node.update(counts.getOrDefault(id, 0));
            place(node, id);
        }
    }

    void containers(YardViewModel.Diff diff) {
        for (String id : diff.removedContainers()) {
            InstanceNode gone = view.instances().remove(id);
            LinkLine link = view.links().remove(id);
            if (link != null) {
                view.linksLayer().getChildren().remove(link);
            }
            if (gone != null) {
                view.motion().disappear(gone, () -> view.nodesLayer().getChildren().remove(gone));
            }
        }
        List<LinkLine> newLinks = new ArrayList<>();
        for (ContainerInstance c : state.containers().values()) {
            InstanceNode node = view.instances().get(c.id());
            if (node == null) {
                node = new InstanceNode(c);
                view.instances().put(c.id(), node);
                node.update(c, state.images().get(c.imageId()), now);
                enter(node);
                place(node, c.id());
                LinkLine link = new LinkLine(c.id(), node, target(c));
                view.links().put(c.id(), link);
                newLinks.add(link);
                view.motion().appear(node, placement.box(c.id()), placement.box(c.imageId()), animate);
            } else if (diff.changedContainers().contains(c.id()) || diff.membershipChanged()) {
                ContainerState before = node.update(c, state.images().get(c.imageId()), now);
                if (before != c.state()) {
                    view.motion().stateChanged(node, before, c.state(), animate);
                }
                place(node, c.id());
                YardNode target = target(c);
                if (target != null) {
                    view.links().get(c.id()).connect(target);
                }
            }
        }
        view.linksLayer().getChildren().addAll(newLinks);
    }

    private YardNode target(ContainerInstance c) {
        YardNode t = view.blueprints().get(c.imageId());
        return t != null ? t : view.placeholders().get(c.imageId());
    }

    private void enter(YardNode node) {
        node.setManaged(false);
        node.resize(node.getPrefWidth(), node.getPrefHeight());
        node.setDetailed(view.wantsDetail(node.modelId(), view.visibleWorld()));
        view.nodesLayer().getChildren().add(node);
    }

    private void place(YardNode node, String id) {
        Box b = placement.box(id);
        if (b != null && relocate) {
            node.resize(b.width(), b.height());
            node.relocate(b.x(), b.y());
        }
    }
}
