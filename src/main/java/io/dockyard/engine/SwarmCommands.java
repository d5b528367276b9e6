package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerSpec;
import com.github.dockerjava.api.model.PeerNode;
import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServiceReplicatedModeOptions;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.SwarmSpec;
import com.github.dockerjava.api.model.TaskSpec;
import com.github.dockerjava.api.model.SwarmInfo;
import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.api.model.SwarmNodeAvailability;
import com.github.dockerjava.api.model.LocalNodeState;
import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.CreateService;
import io.dockyard.intent.InitSwarm;
import io.dockyard.intent.RemoveService;
import io.dockyard.intent.ScaleService;
import io.dockyard.intent.UpdateNodeAvailability;
import io.dockyard.intent.UpdateServiceImage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * Swarm, service and node intents with docker-java, each a blocking call for {@link IntentPerformer}.
 * {@code swarm init} and {@code service create} are refused in words when the engine is a swarm
 * already, cannot choose its address, or has a service of that name, before the engine is asked.
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

    /** Like {@code docker swarm init}: the summary and the join line are the CLI's own words. */
    Outcome init(InitSwarm init) {
        refuseMember(requests.infoCmd().exec().getSwarm());
        var cmd = requests.initializeSwarmCmd(new SwarmSpec()).withListenAddr(listenAddr(init));
        if (!init.advertiseAddr().isEmpty()) {
            cmd.withAdvertiseAddr(init.advertiseAddr());
        }
        try {
            cmd.exec();
        } catch (DockerException e) {
            String words = initProblem(EngineProblems.engineWords(e));
            if (words == null) {
                throw e;
            }
            throw new CommandFailed(words, true, e);
        }
        SwarmInfo now = requests.infoCmd().exec().getSwarm();
        String nodeId = now.getNodeID();
        return new Outcome("Swarm initialized: current node (" + nodeId + ") is now a manager.", nodeId,
                joinLines(now));
    }

    /** The address the manager listens on: as given, else the CLI's default (the engine takes no empty one). */
    static String listenAddr(InitSwarm init) {
        return init.listenAddr().isEmpty() ? InitSwarm.DEFAULT_LISTEN : init.listenAddr();
    }

    /** What the CLI prints after its first line: how another engine joins as a worker. */
    private String joinLines(SwarmInfo now) {
        String token = requests.inspectSwarmCmd().exec().getJoinTokens().getWorker();
        String address = now.getRemoteManagers() == null ? "" : now.getRemoteManagers().stream()
                .filter(p -> now.getNodeID().equals(p.getNodeID())).map(PeerNode::getAddr).findFirst().orElse("");
        return "To add a worker to this swarm, run the following command:\n\n    docker swarm join --token " + token
                + " " + address + "\n\nTo add a manager to this swarm, run 'docker swarm join-token manager' and"
                + " follow the instructions.";
    }

    private static void refuseMember(SwarmInfo swarm) {
        LocalNodeState state = swarm == null ? null : swarm.getLocalNodeState();
        if (state == null || state == LocalNodeState.INACTIVE || state == LocalNodeState.EMPTY) {
            return;
        }
        String node = swarm.getNodeID() == null || swarm.getNodeID().isEmpty() ? "" : " (node "
                + shortId(swarm.getNodeID()) + ")";
        if (state == LocalNodeState.ACTIVE && Boolean.TRUE.equals(swarm.getControlAvailable())) {
            throw refused("This engine is already part of a swarm, as its manager" + node + ": there is nothing to"
                    + " init. A lesson step that asks for a swarm passes as it is.");
        }
        if (state == LocalNodeState.ACTIVE) {
            throw refused("This engine is already part of a swarm, as a worker" + node + ", so it cannot start one"
                    + " of its own; Dockyard shows services only on a manager. Connect Dockyard to a manager, or run"
                    + " docker swarm leave here first.");
        }
        throw refused("This engine is already part of a swarm, whose membership is "
                + state.name().toLowerCase(Locale.ROOT) + node + (swarm.getError() == null || swarm.getError().isEmpty()
                ? "" : " (" + swarm.getError() + ")") + ". Run docker swarm leave --force to start a new one.");
    }

    /** The engine's refusal of a swarm init, in words that say what to do; null for one that needs none. */
    static String initProblem(String engineWords) {
        String lower = engineWords.toLowerCase(Locale.ROOT);
        if (lower.contains("already part of a swarm")) {
            return "This engine is already part of a swarm (the engine said: " + engineWords + "). A lesson step"
                    + " that asks for a swarm passes as it is when this engine is its manager.";
        }
        if (lower.contains("could not choose an ip address to advertise") || lower.contains("could not find the"
                + " system's ip address") || lower.contains("must specify a listening address")) {
            return "The engine could not choose an IP address to advertise to other nodes: " + engineWords
                    + ". Name one with --advertise-addr, e.g. docker swarm init --advertise-addr 127.0.0.1 for a"
                    + " swarm of this machine only.";
        }
        if (lower.contains("no such interface")) {
            return "The engine has no network interface of that name (" + engineWords + "). Name an IP address or"
                    + " an interface that ip addr lists, e.g. --advertise-addr 127.0.0.1.";
        }
        return null;
    }

    /** Like {@code docker service create --detach}: the summary is the new service's id, as the CLI prints it. */
    Outcome create(CreateService create) {
        manager();
        if (!create.name().isEmpty()) {
            refuseTaken(create.name());
        }
        try {
            String id = requests.createServiceCmd(spec(create, pinned(create.image()))).exec().getId();
            return new Outcome(id, id, "");
        } catch (ConflictException taken) {
            throw new CommandFailed(nameTaken(create.name(), EngineProblems.engineWords(taken)), true, taken);
        }
    }

    /** The service's spec as the CLI sends it: a replicated mode always, one replica unless told. */
    private static ServiceSpec spec(CreateService create, String image) {
        ContainerSpec container = new ContainerSpec().withImage(image);
        if (!create.containerLabels().isEmpty()) {
            container.withLabels(new HashMap<>(create.containerLabels()));
        }
        if (!create.command().isEmpty()) {
            // the CLI's words after the image are Args, which replace the image's CMD and keep its ENTRYPOINT
            container.withArgs(create.command());
        }
        ServiceSpec spec = new ServiceSpec().withTaskTemplate(new TaskSpec().withContainerSpec(container))
                .withMode(new ServiceModeConfig().withReplicated(new ServiceReplicatedModeOptions()
                        .withReplicas(create.wantedReplicas())));
        if (!create.name().isEmpty()) {
            spec.withName(create.name());
        }
        if (!create.labels().isEmpty()) {
            spec.withLabels(new HashMap<>(create.labels()));
        }
        return spec;
    }

    private void refuseTaken(String name) {
        try {
            Service there = requests.inspectServiceCmd(name).exec();
            if (there.getSpec() != null && name.equals(there.getSpec().getName())) {
                throw refused(nameTaken(name, "service " + shortId(there.getId())));
            }
        } catch (NotFoundException free) {
            // no service of that name: the usual case
        }
    }

    static String nameTaken(String name, String which) {
        return "A service called '" + name + "' already exists (" + which + "). Pick another name, or change that"
                + " one: docker service scale " + name + "=N, docker service update --image IMAGE " + name
                + ", or docker service rm " + name + ".";
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
