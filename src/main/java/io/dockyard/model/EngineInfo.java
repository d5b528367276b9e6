package io.dockyard.model;

/**
 * What the engine says about itself.
 *
 * @param version    engine version, {@code 20.10.24}
 * @param apiVersion API version in use, {@code 1.41}
 * @param os         operating system and architecture, {@code linux/amd64}
 * @param name       host name of the engine
 */
public record EngineInfo(String version, String apiVersion, String os, String name) {
    public static final EngineInfo UNKNOWN = new EngineInfo("", "", "", "");
}
