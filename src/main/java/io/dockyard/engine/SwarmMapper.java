package io.dockyard.engine;

import com.github.dockerjava.api.model.Service;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.api.model.TaskSpec;
import com.github.dockerjava.api.model.TaskStatus;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

/** Turns docker-java's Swarm beans into Dockyard's node, service and task records. */
final class SwarmMapper {
    private SwarmMapper() {
    }

    static SwarmNode node(com.github.dockerjava.api.model.SwarmNode n) {
        var spec = n.getSpec();
        var status = n.getStatus();
        var manager = n.getManagerStatus();
        var description = n.getDescription();
        String engine = description != null && description.getEngine() != null
                ? description.getEngine().getEngineVersion() : "";
        return new SwarmNode(n.getId(), description == null ? "" : description.getHostname(),
                SwarmNode.Role.fromEngine(spec == null || spec.getRole() == null ? "" : word(spec.getRole())),
                SwarmNode.Availability.fromEngine(spec == null || spec.getAvailability() == null ? ""
                        : word(spec.getAvailability())),
                SwarmNode.State.fromEngine(status == null || status.getState() == null ? "" : word(status.getState())),
                manager != null && manager.isLeader(), engine, status == null ? "" : status.getAddress());
    }

    static SwarmService service(Service s) {
        ServiceSpec spec = s.getSpec();
        ServiceModeConfig mode = spec == null ? null : spec.getMode();
        boolean global = mode != null && mode.getGlobal() != null;
        long replicas = mode != null && mode.getReplicated() != null ? mode.getReplicated().getReplicas() : 0;
        TaskSpec template = spec == null ? null : spec.getTaskTemplate();
        String image = template != null && template.getContainerSpec() != null
                ? template.getContainerSpec().getImage() : "";
        var update = s.getUpdateStatus();
        return new SwarmService(s.getId(), spec == null ? "" : spec.getName(), image,
                global ? SwarmService.Mode.GLOBAL : SwarmService.Mode.REPLICATED, replicas,
                update == null || update.getState() == null ? "" : word(update.getState()),
                update == null ? "" : update.getMessage(), spec == null ? Map.of() : orEmpty(spec.getLabels()),
                instant(s.getCreatedAt()), instant(s.getUpdatedAt()));
    }

    static SwarmTask task(Task t) {
        TaskStatus status = t.getStatus();
        String container = status != null && status.getContainerStatus() != null
                ? status.getContainerStatus().getContainerID() : "";
        String image = t.getSpec() != null && t.getSpec().getContainerSpec() != null
                ? t.getSpec().getContainerSpec().getImage() : "";
        String error = status == null ? "" : status.getErr();
        return new SwarmTask(t.getId(), t.getServiceId(), t.getSlot() == null ? 0 : t.getSlot(), t.getNodeId(),
                SwarmTask.State.fromEngine(t.getDesiredState() == null ? "" : word(t.getDesiredState())),
                SwarmTask.State.fromEngine(status == null || status.getState() == null ? "" : word(status.getState())),
                error, container, image, status == null ? null : ModelMapper.timestamp(status.getTimestamp()));
    }

    /** The engine's word for one of docker-java's enums ({@code ROLLBACK_STARTED} is {@code rollback_started}). */
    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Map<String, String> orEmpty(Map<String, String> labels) {
        return labels == null ? Map.of() : labels;
    }
}
