package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.PruneResponse;
import com.github.dockerjava.api.model.PruneType;
import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.ConnectNetwork;
import io.dockyard.intent.CreateNetwork;
import io.dockyard.intent.CreateVolume;
import io.dockyard.intent.DisconnectNetwork;
import io.dockyard.intent.PruneVolumes;
import io.dockyard.intent.RemoveNetwork;
import io.dockyard.intent.RemoveVolume;
import io.dockyard.model.Ids;
import io.dockyard.text.ByteSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Volume and network intents with docker-java, each a blocking call for {@link IntentPerformer}
 * to run under a time limit. Where the engine refuses because containers hold the object, the
 * refusal names those containers instead of their ids.
 */
final class ObjectCommands {
    private static final Pattern IDS = Pattern.compile("[0-9a-f]{12,64}");

    private final DockerClient requests;

    ObjectCommands(DockerClient requests) {
        this.requests = requests;
    }

    Outcome create(CreateVolume create) {
        var cmd = requests.createVolumeCmd();
        if (!create.name().isEmpty()) {
            cmd.withName(create.name());
        }
        if (!create.driver().isEmpty()) {
            cmd.withDriver(create.driver());
        }
        if (!create.labels().isEmpty()) {
            cmd.withLabels(create.labels());
        }
        String name = cmd.exec().getName();
        return new Outcome(name, name, "");
    }

    Outcome remove(RemoveVolume remove) {
        try {
            requests.removeVolumeCmd(remove.name()).exec();
        } catch (NotFoundException gone) {
            if (!remove.force()) {
                throw gone;
            }
        } catch (ConflictException inUse) {
            throw volumeInUse(remove.name(), inUse);
        }
        return Outcome.of("removed volume " + remove.name());
    }

    /** The engine says "volume is in use - [id, id]": name those containers and what to do. */
    private CommandFailed volumeInUse(String volume, DockerException refusal) {
        String words = EngineProblems.engineWords(refusal);
        List<String> holders = new ArrayList<>();
        Matcher m = IDS.matcher(words.substring(Math.max(0, words.indexOf('['))));
        while (m.find()) {
            holders.add(describeContainer(m.group()));
        }
        if (holders.isEmpty()) {
            return new CommandFailed("The engine refused: " + words, true, refusal);
        }
        return new CommandFailed("Volume " + volume + " is in use by " + holders.size() + " container"
                + (holders.size() == 1 ? "" : "s") + ": " + String.join(", ", holders) + ". A volume cannot be removed"
                + " while any container, running or stopped, mounts it: remove those containers first. (The engine"
                + " said: " + words + ")", true, refusal);
    }

    private String describeContainer(String id) {
        try {
            InspectContainerResponse c = requests.inspectContainerCmd(id).exec();
            String name = c.getName() == null ? Ids.shortId(id) : c.getName().replaceFirst("^/", "");
            String state = c.getState() == null || c.getState().getStatus() == null ? "" : c.getState().getStatus();
            return state.isEmpty() ? name : name + " (" + state + ")";
        } catch (DockerException gone) {
            return Ids.shortId(id);
        }
    }

    Outcome prune(PruneVolumes prune) {
        if (prune.all()) {
            return pruneByListing(prune);
        }
        var cmd = requests.pruneCmd(PruneType.VOLUMES);
        if (!prune.labels().isEmpty()) {
            cmd.withLabelFilter(labelFilters(prune.labels()).toArray(String[]::new));
        }
        PruneResponse response = cmd.exec();
        long bytes = response.getSpaceReclaimed() == null ? 0 : response.getSpaceReclaimed();
        return Outcome.of("reclaimed " + ByteSize.human(bytes));
    }

    /**
     * {@code --all} as an engine of API 1.42 does it: every volume no container mounts. docker-java's
     * prune request cannot carry the {@code all} filter, so the unused volumes are listed and removed.
     */
    private Outcome pruneByListing(PruneVolumes prune) {
        var list = requests.listVolumesCmd().withDanglingFilter(true);
        if (!prune.labels().isEmpty()) {
            list.withFilter("label", labelFilters(prune.labels()));
        }
        var listed = list.exec().getVolumes();
        List<String> removed = new ArrayList<>();
        for (var v : listed == null ? List.<com.github.dockerjava.api.command.InspectVolumeResponse>of() : listed) {
            try {
                requests.removeVolumeCmd(v.getName()).exec();
                removed.add(v.getName());
            } catch (ConflictException | NotFoundException raced) {
                // mounted or removed since the listing: prune spares it as well
            }
        }
        return new Outcome("removed " + removed.size() + " volume" + (removed.size() == 1 ? "" : "s"), "",
                String.join("\n", removed));
    }

    private static List<String> labelFilters(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    Outcome create(CreateNetwork create) {
        var cmd = requests.createNetworkCmd().withName(create.name()).withCheckDuplicate(true)
                .withInternal(create.internal());
        if (!create.driver().isEmpty()) {
            cmd.withDriver(create.driver());
        }
        if (!create.labels().isEmpty()) {
            cmd.withLabels(create.labels());
        }
        String id = cmd.exec().getId();
        return new Outcome(Ids.shortId(id), id, "");
    }

    Outcome remove(RemoveNetwork remove) {
        try {
            requests.removeNetworkCmd(remove.network()).exec();
        } catch (DockerException refusal) {
            String words = EngineProblems.engineWords(refusal);
            if (words.contains("active endpoints")) {
                throw networkInUse(remove.network(), words, refusal);
            }
            throw refusal;
        }
        return Outcome.of("removed network " + remove.network());
    }

    private CommandFailed networkInUse(String network, String words, DockerException refusal) {
        List<String> attached = new ArrayList<>();
        try {
            Network n = requests.inspectNetworkCmd().withNetworkId(network).exec();
            if (n.getContainers() != null) {
                n.getContainers().values().forEach(c -> attached.add(c.getName()));
            }
        } catch (DockerException gone) {
            return new CommandFailed("The engine refused: " + words, true, refusal);
        }
        attached.sort(String::compareTo);
        return new CommandFailed("Network " + network + " still has " + attached.size() + " container"
                + (attached.size() == 1 ? "" : "s") + " attached: " + String.join(", ", attached)
                + ". Disconnect them (or remove them) first. (The engine said: " + words + ")", true, refusal);
    }

    Outcome connect(ConnectNetwork connect) {
        var cmd = requests.connectToNetworkCmd().withNetworkId(connect.network()).withContainerId(connect.container());
        if (!connect.aliases().isEmpty()) {
            cmd.withContainerNetwork(new ContainerNetwork().withAliases(connect.aliases()));
        }
        cmd.exec();
        return Outcome.of("connected " + connect.container() + " to " + connect.network());
    }

    Outcome disconnect(DisconnectNetwork disconnect) {
        requests.disconnectFromNetworkCmd().withNetworkId(disconnect.network())
                .withContainerId(disconnect.container()).exec();
        return Outcome.of("disconnected " + disconnect.container() + " from " + disconnect.network());
    }
}
