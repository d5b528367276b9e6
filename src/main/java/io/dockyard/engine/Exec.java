package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.ExecCommand;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** {@code docker exec}: one command in a running container, its output collected. */
final class Exec {
    private static final long OUTPUT_LIMIT = 1_000_000;

    private Exec() {
    }

    static Outcome run(DockerClient docker, ExecCommand exec) {
        if (exec.detach()) {
            return detached(docker, exec);
        }
        String execId = docker.execCreateCmd(exec.container()).withCmd(exec.command().toArray(String[]::new))
                .withAttachStdout(true).withAttachStderr(true).exec().getId();
        StringBuilder output = new StringBuilder();
        ResultCallback.Adapter<Frame> collect = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                if (output.length() < OUTPUT_LIMIT) {
                    output.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                }
            }
        };
        try {
            if (!docker.execStartCmd(execId).exec(collect).awaitCompletion(50, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The command was still running after 50 s; its output so far:\n"
                        + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the command", e);
        }
        Long code = docker.inspectExecCmd(execId).exec().getExitCodeLong();
        int exit = code == null ? -1 : code.intValue();
        return new Outcome("exit " + exit, "", output.toString());
    }

    /** Like {@code docker exec -d}: starts the command and returns once the engine has started it. */
    private static Outcome detached(DockerClient docker, ExecCommand exec) {
        String execId = docker.execCreateCmd(exec.container()).withCmd(exec.command().toArray(String[]::new))
                .exec().getId();
        try {
            docker.execStartCmd(execId).withDetach(true).exec(new ResultCallback.Adapter<Frame>())
                    .awaitCompletion(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the command", e);
        }
        return new Outcome("started in the background", "", "");
    }
}
