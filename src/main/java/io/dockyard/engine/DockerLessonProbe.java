package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.api.command.TopContainerResponse;
import io.dockyard.learn.LessonProbe;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers the lessons' probes with docker-java: {@code docker diff}, {@code docker top}, and a file
 * lookup through the archive endpoint (which, unlike an exec, leaves no event that would make the
 * lesson probe again). Blocking; the learn coach calls it on a background executor.
 */
public final class DockerLessonProbe implements LessonProbe {
    private final DockerClient docker;

    /** @param docker a request client, as from {@link DockerClients#forRequests} */
    public DockerLessonProbe(DockerClient docker) {
        this.docker = docker;
    }

    @Override
    public List<String> diff(String container) {
        try {
            List<ChangeLog> changes = docker.containerDiffCmd(container).exec();
            List<String> lines = new ArrayList<>();
            for (ChangeLog c : changes == null ? List.<ChangeLog>of() : changes) {
                lines.add(kindLetter(c.getKind()) + " " + c.getPath());
            }
            return lines;
        } catch (DockerException | IllegalStateException e) {
            throw new ProbeException(EngineProblems.describe(e, "the engine"), e);
        }
    }

    @Override
    public List<String> top(String container) {
        try {
            TopContainerResponse top = docker.topContainerCmd(container).exec();
            List<String> lines = new ArrayList<>();
            if (top.getProcesses() != null) {
                for (String[] process : top.getProcesses()) {
                    lines.add(String.join(" ", process));
                }
            }
            return lines;
        } catch (DockerException | IllegalStateException e) {
            throw new ProbeException(EngineProblems.describe(e, "the engine"), e);
        }
    }

    @Override
    public boolean fileExists(String container, String path) {
        try (InputStream tar = docker.copyArchiveFromContainerCmd(container, path).exec()) {
            tar.read(); // the answer's headers are enough; the tar itself is not needed
            return true;
        } catch (NotFoundException missing) {
            try {
                docker.inspectContainerCmd(container).exec();
                return false; // the container is there, the file is not
            } catch (NotFoundException noContainer) {
                throw new ProbeException("There is no container " + container + ".", noContainer);
            }
        } catch (DockerException | IllegalStateException | IOException e) {
            throw new ProbeException(EngineProblems.describe(e, "the engine"), e);
        }
    }

    private static String kindLetter(Integer kind) {
        if (kind == null) {
            return "?";
        }
        return switch (kind) {
            case 0 -> "C";
            case 1 -> "A";
            case 2 -> "D";
            default -> "?";
        };
    }
}
