package io.dockyard.model;

/**
 * What the engine says about itself.
 *
 * @param version    engine version, {@code 20.10.24}
 * @param apiVersion API version in use, {@code 1.41}
 * @param os         operating system and architecture, {@code linux/amd64}
 * @param name       host name of the engine
 * @param id         the engine's own id from {@code docker info}; empty where unknown
 */
public record EngineInfo(String version, String apiVersion, String os, String name, String id) {
    public static final EngineInfo UNKNOWN = new EngineInfo("", "", "", "", "");

    public EngineInfo {
        id = id == null ? "" : id;
    }

    public EngineInfo(String version, String apiVersion, String os, String name) {
        this(version, apiVersion, os, name, "");
    }
}
