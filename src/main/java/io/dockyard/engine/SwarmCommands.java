package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.SwarmInfo;
import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.api.model.SwarmNodeAvailability;
import com.github.dockerjava.api.model.LocalNodeState;
import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.RemoveService;
import io.dockyard.intent.ScaleService;
import io.dockyard.intent.UpdateNodeAvailability;
import io.dockyard.intent.UpdateServiceImage;

import java.util.List;
import java.util.Locale;

/**
 * Service and node intents with docker-java, each a blocking call for {@link IntentPerformer}.
 * An update sends the service's (or node's) whole spec back with the one field changed and the
 * version it was read at, as the docker CLI does (and, like it, pins a new image to its registry
 * digest); the swarm refuses an update made on a version
 * someone else has changed since, in its own words.
 */
final class SwarmCommands {
    private final DockerClient requests;

    SwarmCommands(DockerClient requests) {
        this.requests = requests;
    }

    Outcome scale(ScaleService scale) {
        Service service = service(scale.service());
        ServiceSpec spec = service.getSpec();
        if (spec.getMode() == null || spec.getMode().getReplicated() == null) {
            throw refused("Service '" + spec.getName() + "' is global: it runs one task on every node and cannot be"
                    + " scaled. Drain a node to take its task away.");
        }
        spec.getMode().getReplicated().withReplicas(scale.replicas());
        update(service, spec);
        return new Outcome("scaled " + spec.getName() + " to " + scale.replicas(), service.getId(), "");
    }

    Outcome update(UpdateServiceImage update) {
        Service service = service(update.service());
        ServiceSpec spec = service.getSpec();
        if (spec.getTaskTemplate() == null || spec.getTaskTemplate().getContainerSpec() == null) {
            throw refused("Service '" + spec.getName() + "' runs no container image (it is a plugin service), so its"
                    + " image cannot be changed.");
        }
        String pinned = pinned(update.image());
        spec.getTaskTemplate().getContainerSpec().withImage(pinned);
        update(service, spec);
        return new Outcome("updating " + spec.getName() + " to " + update.image(), service.getId(),
                pinned.equals(update.image()) ? "" : pinned);
    }

    /**
     * The image with the digest its registry has for it now, as {@code docker service update --image}
     * pins it so that every node runs the same bytes; as given when it has a digest already or the
     * registry cannot be asked (the CLI then warns and does the same).
     */
    private String pinned(String image) {
        if (image.contains("@")) {
            return image;
        }
        try {
            // the answer is an OCI descriptor: {"Descriptor": {"mediaType": …, "digest": "sha256:…", "size": …}, …}
            Object answer = PlainRequests.getJson(requests, "/distribution/" + image + "/json");
            if (answer instanceof java.util.Map<?, ?> json && json.get("Descriptor") instanceof java.util.Map<?, ?> d
                    && d.get("digest") instanceof String digest && !digest.isEmpty()) {
                return image + "@" + digest;
            }
        } catch (RuntimeException registryAway) {
            // no registry answers for it: the nodes are given the tag, and each resolves it as it pulls
        }
        return image;
    }

    Outcome remove(RemoveService remove) {
        Service service = service(remove.service());
        requests.removeServiceCmd(service.getId()).exec();
        return Outcome.of("removed service " + service.getSpec().getName());
    }

    Outcome availability(UpdateNodeAvailability update) {
        manager();
        SwarmNode node = node(update.node());
        var spec = node.getSpec().withAvailability(SwarmNodeAvailability.valueOf(update.availability().name()));
        requests.updateSwarmNodeCmd().withSwarmNodeId(node.getId()).withVersion(node.getVersion().getIndex())
                .withSwarmNodeSpec(spec).exec();
        String hostname = node.getDescription() == null ? "" : node.getDescription().getHostname();
        return new Outcome("node " + hostname + " (" + shortId(node.getId()) + ") is now " + update.availability().word(),
                node.getId(), "");
    }

    private void update(Service service, ServiceSpec spec) {
        requests.updateServiceCmd(service.getId(), spec).withVersion(service.getVersion().getIndex()).exec();
    }

    private Service service(String nameOrId) {
        manager();
        try {
            return requests.inspectServiceCmd(nameOrId).exec();
        } catch (NotFoundException gone) {
            throw refused("There is no service '" + nameOrId + "' on this swarm: docker service ls lists the"
                    + " services there are.");
        }
    }

    /** A node by id, by a hostname only one node has, or by an id prefix only one node has, as the CLI finds it. */
    private SwarmNode node(String idOrHostname) {
        List<SwarmNode> nodes = requests.listSwarmNodesCmd().exec();
        for (SwarmNode n : nodes) {
            if (n.getId().equals(idOrHostname)) {
                return n;
            }
        }
        List<SwarmNode> named = nodes.stream().filter(n -> n.getDescription() != null
                && idOrHostname.equals(n.getDescription().getHostname())).toList();
        if (named.size() > 1) {
            throw refused(named.size() + " nodes are called '" + idOrHostname + "' (nodes on one machine share its"
                    + " hostname): name the node by its id, as docker node ls shows it.");
        }
        List<SwarmNode> found = !named.isEmpty() ? named
                : nodes.stream().filter(n -> n.getId().startsWith(idOrHostname)).toList();
        if (found.size() != 1) {
            throw refused("There is no single node '" + idOrHostname + "' in this swarm: docker node ls lists the"
                    + " nodes there are.");
        }
        return found.get(0);
    }

    /** Refuses, in words, on an engine that cannot answer for a swarm. */
    private void manager() {
        SwarmInfo swarm = requests.infoCmd().exec().getSwarm();
        LocalNodeState state = swarm == null ? null : swarm.getLocalNodeState();
        if (state == null || state == LocalNodeState.INACTIVE || state == LocalNodeState.EMPTY) {
            throw refused("This engine is not in a swarm, so it has no services or nodes. Make it one with docker"
                    + " swarm init, or connect Dockyard to a swarm manager.");
        }
        if (state != LocalNodeState.ACTIVE) {
            throw refused("This engine's swarm membership is " + state.name().toLowerCase(Locale.ROOT)
                    + (swarm.getError() == null || swarm.getError().isEmpty() ? "" : " (" + swarm.getError() + ")")
                    + "; it can act on the swarm once it is active.");
        }
        if (!Boolean.TRUE.equals(swarm.getControlAvailable())) {
            throw refused("This engine is a swarm worker, not a manager: only a manager can change services and"
                    + " nodes. Connect Dockyard to a manager (docker node ls on it lists them).");
        }
    }

    private static CommandFailed refused(String words) {
        return new CommandFailed(words, true, null);
    }

    private static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }
}
