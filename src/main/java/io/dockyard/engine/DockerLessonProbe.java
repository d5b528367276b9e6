package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import io.dockyard.engine.api.ContainerProbe;
import io.dockyard.model.FileChange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Answers the lessons' probes with docker-java: {@code docker diff}, {@code docker top}, and a file
 * lookup through the archive endpoint (which, unlike an exec, leaves no event that would make the
 * lesson probe again). Blocking; the learn coach calls it on a background executor.
 */
public final class DockerLessonProbe implements ContainerProbe {

    private final DockerClient docker;

    /** @param docker a request client, as from {@link DockerClients#forRequests} */
    public DockerLessonProbe(DockerClient docker) {
        this.docker = docker;
    }

    /** The lines {@code docker diff} prints ("A /note"), through the same mapping as the Changes window. */
    @Override
    public List<String> diff(String container) {
        try {
            return ModelMapper.changes(docker.containerDiffCmd(container).exec()).stream()
                    .map(FileChange::toString).toList();
        } catch (DockerException | IllegalStateException e) {
            throw new ProbeException(EngineProblems.describe(e, "the engine"), e);
        }
    }

    /** One line per process, its columns joined by spaces. */
    @Override
    public List<String> top(String container) {
        try {
            return ModelMapper.processes(docker.topContainerCmd(container).exec()).rows().stream()
                    .map(row -> String.join(" ", row)).toList();
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
}
