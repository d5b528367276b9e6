package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Kind;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.VolumeRecord;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The node factory of every kind the yard draws, and the stand-in for an image that is gone. */
final class NodeFactories {
    private static final Map<Kind, NodeFactory<?, ?>> BY_KIND = new EnumMap<>(Kind.class);

    static {
        for (NodeFactory<?, ?> f : List.of(new Blueprints(), new Instances(), new Volumes(), new Networks())) {
            BY_KIND.put(f.kind(), f);
        }
        SwarmFactories.all().forEach(f -> BY_KIND.put(f.kind(), f));
    }

    /** Draws an image that containers still use but the engine no longer holds. */
    static final NodeFactory<ImageBlueprint, MissingImageNode> MISSING_IMAGE = new MissingImages();

    private NodeFactories() {
    }

    /** The factory for an object, or for the missing-image stand-in when the object is absent. */
    static NodeFactory<?, ?> forObject(ObjectRef ref, Object object) {
        return object == null && ref.kind() == Kind.IMAGE ? MISSING_IMAGE : BY_KIND.get(ref.kind());
    }

    static final class Blueprints extends NodeFactory<ImageBlueprint, BlueprintNode> {
        Blueprints() {
            super(Kind.IMAGE, ImageBlueprint.class, BlueprintNode.class);
        }

        @Override
        BlueprintNode create(ObjectRef ref) {
            return new BlueprintNode(ref);
        }

        @Override
        Object look(ObjectRef ref, ImageBlueprint image, YardFacts f) {
            return List.of(image, f.instancesOfImage().getOrDefault(image.id(), 0));
        }

        @Override
        void update(BlueprintNode node, ImageBlueprint image, YardFacts f, boolean created) {
            node.update(image, f.instancesOfImage().getOrDefault(image.id(), 0), f.now());
            if (created && f.animate()) {
                f.motion().drawIn(node);
            }
        }
    }

    static final class MissingImages extends NodeFactory<ImageBlueprint, MissingImageNode> {
        MissingImages() {
            super(Kind.IMAGE, ImageBlueprint.class, MissingImageNode.class);
        }

        @Override
        MissingImageNode create(ObjectRef ref) {
            return new MissingImageNode(ref);
        }

        @Override
        Object look(ObjectRef ref, ImageBlueprint absent, YardFacts f) {
            return f.instancesOfImage().getOrDefault(ref.id(), 0);
        }

        @Override
        void update(MissingImageNode node, ImageBlueprint absent, YardFacts f, boolean created) {
            node.update(f.instancesOfImage().getOrDefault(node.modelId(), 0));
        }
    }

    static final class Instances extends NodeFactory<ContainerInstance, InstanceNode> {
        Instances() {
            super(Kind.CONTAINER, ContainerInstance.class, InstanceNode.class);
        }

        @Override
        InstanceNode create(ObjectRef ref) {
            return new InstanceNode(ref);
        }

        @Override
        Object look(ObjectRef ref, ContainerInstance c, YardFacts f) {
            return List.of(c, f.state().image(c.imageId()).map(Object.class::cast).orElse(""));
        }

        @Override
        void update(InstanceNode node, ContainerInstance c, YardFacts f, boolean created) {
            ContainerState before = node.update(c, f.state().images().get(c.imageId()), f.now());
            if (created) {
                f.motion().appear(node, f.placement().box(c.id()), f.placement().box(c.imageId()), f.animate());
            } else if (before != c.state()) {
                f.motion().stateChanged(node, before, c.state(), f.animate());
            }
        }
    }

    static final class Volumes extends NodeFactory<VolumeRecord, VolumeNode> {
        Volumes() {
            super(Kind.VOLUME, VolumeRecord.class, VolumeNode.class);
        }

        @Override
        VolumeNode create(ObjectRef ref) {
            return new VolumeNode(ref);
        }

        @Override
        Object look(ObjectRef ref, VolumeRecord v, YardFacts f) {
            return List.of(v, f.mountsOfVolume().getOrDefault(v.name(), 0));
        }

        @Override
        void update(VolumeNode node, VolumeRecord v, YardFacts f, boolean created) {
            node.update(v, f.mountsOfVolume().getOrDefault(v.name(), 0));
        }
    }

    static final class Networks extends NodeFactory<NetworkRecord, NetworkNode> {
        Networks() {
            super(Kind.NETWORK, NetworkRecord.class, NetworkNode.class);
        }

        @Override
        NetworkNode create(ObjectRef ref) {
            return new NetworkNode(ref);
        }

        @Override
        Object look(ObjectRef ref, NetworkRecord n, YardFacts f) {
            return List.of(n, f.attachedToNetwork().getOrDefault(n.id(), 0));
        }

        @Override
        void update(NetworkNode node, NetworkRecord n, YardFacts f, boolean created) {
            node.update(n, f.attachedToNetwork().getOrDefault(n.id(), 0));
        }
    }
}
