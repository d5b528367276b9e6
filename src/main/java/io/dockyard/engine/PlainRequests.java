package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import io.dockyard.engine.discovery.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads what docker-java has no command or no field for ({@code GET /system/df}, a container's
 * {@code Config.StopTimeout}) over docker-java's own HTTP connection, as JSON.
 */
final class PlainRequests {
    private PlainRequests() {
    }

    /** {@code GET path}, its answer read as JSON; a refusal, a broken connection or bad JSON throw, in words. */
    static Object getJson(DockerClient requests, String path) {
        if (!(requests instanceof DockerClientImpl impl)) {
            throw new IllegalStateException("The docker client cannot send a plain request for " + path);
        }
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path(path).build();
        try (DockerHttpClient.Response response = impl.getHttpClient().execute(request);
             InputStream body = response.getBody()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (response.getStatusCode() / 100 != 2) {
                throw new IllegalStateException("The engine refused GET " + path + " (" + response.getStatusCode()
                        + "): " + text.trim());
            }
            return JsonReader.parse(text);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the engine's answer to GET " + path + ": "
                    + e.getMessage(), e);
        } catch (JsonReader.JsonException e) {
            throw new IllegalStateException("The engine's answer to GET " + path + " is not JSON: "
                    + e.getMessage(), e);
        }
    }
}
