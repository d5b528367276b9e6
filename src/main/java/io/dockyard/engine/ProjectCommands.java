package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Container;
import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.ProjectIntent;
import io.dockyard.intent.RemoveProject;
import io.dockyard.model.Compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compose project actions with docker-java, on the containers that carry the project's label when
 * the action runs: stopped last service first, started first service first, as compose does. No
 * compose binary is run; the journal's compose line is only how a person would type it.
 */
final class ProjectCommands {
    private static final Set<String> WITH_PROCESS = Set.of("running", "paused", "restarting");

    private final DockerClient requests;

    ProjectCommands(DockerClient requests) {
        this.requests = requests;
    }

    Outcome stop(ProjectIntent stop) {
        List<Container> members = members(stop.project());
        int stopped = stopAll(members);
        return Outcome.of("stopped " + count(stopped) + " of " + stop.project());
    }

    Outcome start(ProjectIntent start) {
        List<Container> members = members(start.project());
        int started = startAll(members);
        return Outcome.of("started " + count(started) + " of " + start.project());
    }

    Outcome restart(ProjectIntent restart) {
        List<Container> members = members(restart.project());
        stopAll(members);
        // the listing is from before the stop: start every member, not only those that were running
        for (Container c : members) {
            start(c);
        }
        return Outcome.of("restarted " + count(members.size()) + " of " + restart.project());
    }

    Outcome remove(RemoveProject remove) {
        List<Container> members = members(remove.project());
        stopAll(members);
        for (Container c : members) {
            try {
                requests.removeContainerCmd(c.getId()).withForce(true).withRemoveVolumes(remove.withVolumes()).exec();
            } catch (NotFoundException gone) {
                // removed meanwhile (by --rm, or by hand): what was asked is true
            }
        }
        String label = Compose.PROJECT_LABEL + "=" + remove.project();
        int networks = 0;
        for (var n : requests.listNetworksCmd().withFilter("label", List.of(label)).exec()) {
            requests.removeNetworkCmd(n.getId()).exec();
            networks++;
        }
        int volumes = 0;
        if (remove.withVolumes()) {
            var listed = requests.listVolumesCmd().withFilter("label", List.of(label)).exec().getVolumes();
            for (var v : listed == null ? List.<com.github.dockerjava.api.command.InspectVolumeResponse>of() : listed) {
                requests.removeVolumeCmd(v.getName()).exec();
                volumes++;
            }
        }
        return Outcome.of("removed " + count(members.size()) + ", " + networks + " network" + (networks == 1 ? "" : "s")
                + (remove.withVolumes() ? ", " + volumes + " volume" + (volumes == 1 ? "" : "s") : "")
                + " of " + remove.project());
    }

    /** The project's containers in compose order: by service, then number, then name. */
    List<Container> members(String project) {
        List<Container> members = new ArrayList<>(requests.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(Compose.PROJECT_LABEL, project)).exec());
        if (members.isEmpty()) {
            throw new CommandFailed("The engine has no containers of the compose project '" + project + "' (label "
                    + Compose.PROJECT_LABEL + "=" + project + "). Bring it up with docker compose up first.", true, null);
        }
        members.sort(Comparator.comparing((Container c) -> label(c, Compose.SERVICE_LABEL))
                .thenComparingInt(c -> number(label(c, Compose.NUMBER_LABEL)))
                .thenComparing(ProjectCommands::name));
        return members;
    }

    private int stopAll(List<Container> members) {
        int stopped = 0;
        for (int i = members.size() - 1; i >= 0; i--) {
            Container c = members.get(i);
            if (WITH_PROCESS.contains(c.getState())) {
                try {
                    // as compose stop: each member waits its own stop_grace_period, not docker-java's 10 s
                    requests.stopContainerCmd(c.getId()).withTimeout(StopTimeouts.own(requests, c.getId())).exec();
                    stopped++;
                } catch (NotModifiedException alreadyStopped) {
                    // stopped since the listing
                }
            }
        }
        return stopped;
    }

    private int startAll(List<Container> members) {
        int started = 0;
        for (Container c : members) {
            if (!WITH_PROCESS.contains(c.getState()) && start(c)) {
                started++;
            }
        }
        return started;
    }

    private boolean start(Container c) {
        try {
            requests.startContainerCmd(c.getId()).exec();
            return true;
        } catch (NotModifiedException alreadyRunning) {
            return false;
        }
    }

    private static String count(int containers) {
        return containers + " container" + (containers == 1 ? "" : "s");
    }

    private static String label(Container c, String key) {
        return c.getLabels() == null ? "" : c.getLabels().getOrDefault(key, "");
    }

    private static String name(Container c) {
        return c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0];
    }

    private static int number(String text) {
        try {
            return text.isEmpty() ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
