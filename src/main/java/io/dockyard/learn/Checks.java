package io.dockyard.learn;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Building blocks for the lessons' checks. All pure. */
final class Checks {
    private static final java.util.Set<EngineEvent.ImageAction> MADE = java.util.EnumSet.of(
            EngineEvent.ImageAction.BUILD, EngineEvent.ImageAction.TAG, EngineEvent.ImageAction.PULL,
            EngineEvent.ImageAction.LOAD, EngineEvent.ImageAction.IMPORT);

    private Checks() {
    }

    /** The container with exactly this name; names are unique on an engine. */
    static Optional<ContainerInstance> named(EngineState state, String name) {
        return state.containers().values().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** An image by tag, and only by tag (no short-id guessing). */
    static Optional<ImageBlueprint> tagged(EngineState state, String tag) {
        String full = tag.contains(":") ? tag : tag + ":latest";
        return state.images().values().stream().filter(i -> i.repoTags().contains(full)).findFirst();
    }

    static String imageId(EngineState state, String tag) {
        return tagged(state, tag).map(ImageBlueprint::id).orElse("");
    }

    static Check exists(String name) {
        return in -> named(in.state(), name).isPresent();
    }

    static Check gone(String name) {
        return in -> named(in.state(), name).isEmpty();
    }

    static Check inState(String name, ContainerState state) {
        return in -> named(in.state(), name).map(c -> c.state() == state).orElse(false);
    }

    /** Running with a process of its own. */
    static Check running(String name) {
        return in -> named(in.state(), name).map(c -> c.state() == ContainerState.RUNNING && c.pid() > 0)
                .orElse(false);
    }

    /** Running, and made from the image that carries the tag now. */
    static Check runningFrom(String name, String tag) {
        return running(name).and(in -> {
            String image = imageId(in.state(), tag);
            return !image.isEmpty() && named(in.state(), name).map(c -> c.imageId().equals(image)).orElse(false);
        });
    }

    static Check hasTag(String tag) {
        return in -> tagged(in.state(), tag).isPresent();
    }

    /** The tag is there now and, when the lesson began, it was not, or named another image. */
    static Check newlyTagged(String tag) {
        return in -> {
            String now = imageId(in.state(), tag);
            return !now.isEmpty() && !now.equals(imageId(in.before(), tag));
        };
    }

    /**
     * The tag is there now and the step made it so: it is new, or the engine reported a build, tag
     * or pull of that very image during the step (a rebuild from cache keeps the same id).
     */
    static Check madeDuringStep(String tag) {
        return newlyTagged(tag).or(in -> {
            String id = imageId(in.state(), tag);
            return !id.isEmpty() && in.stepEvents().stream().anyMatch(e -> e instanceof EngineEvent.ImageChanged i
                    && MADE.contains(i.action()) && (id.equals(i.reference()) || tag.equals(i.reference())));
        });
    }

    /** The image under the tag is the same image, same size, as when the lesson began. */
    static Check imageUntouched(String tag) {
        return in -> {
            Optional<ImageBlueprint> then = tagged(in.context().atStart(), tag);
            Optional<ImageBlueprint> now = tagged(in.state(), tag);
            return then.isPresent() && now.isPresent() && then.get().id().equals(now.get().id())
                    && then.get().size() == now.get().size();
        };
    }

    /** The engine reported this action on the named container during the current step. */
    static Check sawDuringStep(String name, EngineEvent.ContainerAction action) {
        return in -> {
            String id = named(in.state(), name).map(ContainerInstance::id).orElse(null);
            List<EngineEvent> seen = in.stepEvents();
            return id != null && seen.stream().anyMatch(e -> e instanceof EngineEvent.ContainerChanged c
                    && c.action() == action && Objects.equals(c.containerId(), id));
        };
    }

    /** The named container is the very one that had that name when the step began. */
    static Check sameContainerAsStepStart(String name) {
        return in -> {
            Optional<ContainerInstance> then = named(in.before(), name);
            Optional<ContainerInstance> now = named(in.state(), name);
            return then.isPresent() && now.isPresent() && then.get().id().equals(now.get().id());
        };
    }

    /**
     * During the current step, a {@code docker exec} in the named container ended, and its exit code
     * passed the test: how a check knows the learner's command inside a container worked, or failed.
     */
    static Check execEndedDuringStep(String name, java.util.function.IntPredicate exitCode) {
        return in -> {
            String id = named(in.state(), name).map(ContainerInstance::id).orElse(null);
            return id != null && in.stepEvents().stream().anyMatch(e -> e instanceof EngineEvent.ContainerChanged c
                    && c.action() == EngineEvent.ContainerAction.EXEC_DIE && id.equals(c.containerId())
                    && exitCode.test(exit(c.attribute("exitCode"))));
        };
    }

    private static int exit(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** A volume of exactly this name is on the engine. */
    static Check volumeExists(String name) {
        return in -> in.state().volume(name).isPresent();
    }

    /** A user-defined network of exactly this name is on the engine. */
    static Check networkExists(String name) {
        return in -> in.state().networks().values().stream().anyMatch(n -> n.name().equals(name) && !n.isDefault());
    }

    /** The named container mounts the volume at the path. */
    static Check mounts(String container, String volume, String path) {
        return in -> named(in.state(), container).map(c -> c.mounts().stream()
                .anyMatch(m -> m.name().equals(volume) && m.destination().equals(path))).orElse(false);
    }

    /** The named container is attached to the network of that name. */
    static Check attachedTo(String container, String network) {
        return in -> named(in.state(), container).map(c -> c.networkNames().contains(network)).orElse(false);
    }

    static long writableSize(EngineState state, String name) {
        return named(state, name).map(ContainerInstance::writableSize).orElse(ContainerInstance.SIZE_UNKNOWN);
    }
}
