package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.ImageHistory;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ImageBlueprint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Lists and inspects what the engine holds, as Dockyard records. Inspections and image histories
 * run a few at a time.
 * Image histories are cached by image id: an image never changes, so its history never does.
 */
final class EngineListing {
    private final DockerClient docker;
    private final ExecutorService workers;
    private final Clock clock;
    private final Map<String, List<ImageHistory>> histories = new ConcurrentHashMap<>();

    EngineListing(DockerClient docker, ExecutorService workers, Clock clock) {
        this.docker = docker;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Every container, as {@code docker ps -a} lists them, from that one answer: the first picture
     * does not wait for one inspection per container. {@link #inspectAll} adds what the listing
     * leaves out.
     */
    List<ContainerInstance> containers() {
        return docker.listContainersCmd().withShowAll(true).exec().stream().map(ModelMapper::container).toList();
    }

    /**
     * Inspects the given containers; the ones that are gone are left out. With {@code withSize}
     * the engine also measures each writable layer, walking the container's files, which can
     * take long: ask for sizes once the rest is known.
     */
    Map<String, ContainerInstance> inspectAll(Collection<String> ids, boolean withSize) {
        List<Callable<Optional<ContainerInstance>>> jobs = ids.stream()
                .<Callable<Optional<ContainerInstance>>>map(id -> () -> inspect(id, withSize)).toList();
        Map<String, ContainerInstance> found = new java.util.HashMap<>();
        for (Optional<ContainerInstance> c : runAll(jobs)) {
            c.ifPresent(instance -> found.put(instance.id(), instance));
        }
        return found;
    }

    private Optional<ContainerInstance> inspect(String id, boolean withSize) {
        try {
            return Optional.of(ModelMapper.container(docker.inspectContainerCmd(id).withSize(withSize).exec(),
                    clock.instant()));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    /** Every image, intermediate ones included, as {@code docker images -a} lists them. */
    List<ImageBlueprint> images() {
        List<Image> listed = docker.listImagesCmd().withShowAll(true).exec();
        Set<String> ids = listed.stream().map(Image::getId).collect(Collectors.toSet());
        histories.keySet().retainAll(ids);
        List<Callable<Optional<ImageBlueprint>>> jobs = new ArrayList<>();
        for (Image image : listed) {
            jobs.add(() -> history(image.getId()).map(h -> ModelMapper.image(image, h)));
        }
        return runAll(jobs).stream().flatMap(Optional::stream).toList();
    }

    private Optional<List<ImageHistory>> history(String imageId) {
        List<ImageHistory> known = histories.get(imageId);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            List<ImageHistory> fetched = docker.imageHistoryCmd(imageId).exec();
            histories.put(imageId, fetched);
            return Optional.of(fetched);
        } catch (NotFoundException gone) {
            return Optional.empty(); // removed between the listing and now
        }
    }

    private <T> List<T> runAll(List<Callable<T>> jobs) {
        if (jobs.size() <= 2) {
            List<T> results = new ArrayList<>();
            for (Callable<T> job : jobs) {
                results.add(call(job));
            }
            return results;
        }
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : workers.invokeAll(jobs)) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Listing was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static <T> T call(Callable<T> job) {
        try {
            return job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
