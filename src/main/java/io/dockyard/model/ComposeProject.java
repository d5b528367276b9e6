package io.dockyard.model;

import java.util.List;

/**
 * A compose project as the engine shows it: the containers, networks and volumes that carry its
 * name in their {@code com.docker.compose.project} label. Derived by {@link Relations}; the engine
 * has no project object of its own.
 *
 * @param name         the project's name
 * @param containerIds its containers, by service and then number
 * @param networkIds   the networks it made
 * @param volumeNames  the volumes it made
 * @param workingDir   the folder it was brought up from, where the labels say
 * @param configFiles  its compose files, where the labels say
 */
public record ComposeProject(String name, List<String> containerIds, List<String> networkIds,
                             List<String> volumeNames, String workingDir, String configFiles) {
    public ComposeProject {
        containerIds = List.copyOf(containerIds);
        networkIds = List.copyOf(networkIds);
        volumeNames = List.copyOf(volumeNames);
        workingDir = workingDir == null ? "" : workingDir;
        configFiles = configFiles == null ? "" : configFiles;
    }
}
