package io.dockyard.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An image: a read-only template on disk. Dockyard draws it as a blueprint.
 *
 * @param id       full id, {@code sha256:…}
 * @param repoTags every {@code repo:tag} naming it; empty for dangling or intermediate images
 * @param digests  repo digests, {@code repo@sha256:…}
 * @param size     total size in bytes, shared layers included
 * @param created  when it was built
 * @param labels   its labels
 * @param layers   its history, oldest layer first
 */
public record ImageBlueprint(String id, List<String> repoTags, List<String> digests, long size,
                             Instant created, Map<String, String> labels, List<Layer> layers)
        implements EngineObject {
    public ImageBlueprint {
        repoTags = List.copyOf(repoTags.stream().filter(t -> !"<none>:<none>".equals(t)).toList());
        digests = List.copyOf(digests.stream().filter(d -> !"<none>@<none>".equals(d)).toList());
        labels = Map.copyOf(labels);
        layers = List.copyOf(layers);
    }

    @Override
    public Kind kind() {
        return Kind.IMAGE;
    }

    /** The 12 hex digits Docker shows, without {@code sha256:}. */
    public String shortId() {
        return Ids.shortId(id);
    }

    /** An image with no tag: what {@code docker images} shows as {@code <none>:<none>}. */
    public boolean isUntagged() {
        return repoTags.isEmpty();
    }

    /**
     * Untagged and pulled by no digest: what {@code docker image prune} takes. An image a Swarm
     * node pulled by digest has no tag and is not dangling.
     */
    public boolean isDangling() {
        return repoTags.isEmpty() && digests.isEmpty();
    }

    /**
     * The first tag; for an image known only by digest, its repository and short digest
     * ({@code registry/web@sha256:1a2b3c4d5e6f}); else {@code <none>:<none>}.
     */
    public String displayName() {
        if (!repoTags.isEmpty()) {
            return repoTags.get(0);
        }
        if (!digests.isEmpty()) {
            String d = digests.get(0);
            int at = d.indexOf("@sha256:");
            return at < 0 ? d : d.substring(0, at + 8) + d.substring(at + 8, Math.min(d.length(), at + 20));
        }
        return "<none>:<none>";
    }

    /** Layers that add files, the ones drawn as bars. */
    public List<Layer> fileLayers() {
        return layers.stream().filter(l -> !l.isEmpty()).toList();
    }
}
