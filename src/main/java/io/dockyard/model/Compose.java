package io.dockyard.model;

/** The labels by which compose marks what it made. */
public final class Compose {
    public static final String PROJECT_LABEL = "com.docker.compose.project";
    public static final String SERVICE_LABEL = "com.docker.compose.service";
    public static final String NUMBER_LABEL = "com.docker.compose.container-number";
    public static final String WORKING_DIR_LABEL = "com.docker.compose.project.working_dir";
    public static final String CONFIG_FILES_LABEL = "com.docker.compose.project.config_files";

    private Compose() {
    }
}
