package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.Volume;
import io.dockyard.intent.PortSpec;
import io.dockyard.intent.RunContainer;
import io.dockyard.intent.VolumeSpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns a {@link RunContainer} into the create request {@code docker run} sends. */
final class RunSpec {
    private RunSpec() {
    }

    static CreateContainerCmd create(DockerClient docker, RunContainer run) {
        HostConfig host = HostConfig.newHostConfig()
                .withAutoRemove(run.autoRemove())
                .withRestartPolicy(RestartPolicy.parse(run.restart().toCli()));
        if (!run.network().isEmpty()) {
            host.withNetworkMode(run.network());
        }
        CreateContainerCmd cmd = docker.createContainerCmd(run.image()).withHostConfig(host)
                .withLabels(run.labels()).withEnv(run.env());
        if (!run.name().isEmpty()) {
            cmd.withName(run.name());
        }
        if (!run.command().isEmpty()) {
            cmd.withCmd(run.command());
        }
        addPorts(cmd, host, run.ports());
        addVolumes(cmd, host, run.volumes());
        return cmd;
    }

    private static void addPorts(CreateContainerCmd cmd, HostConfig host, List<PortSpec> specs) {
        if (specs.isEmpty()) {
            return;
        }
        Ports ports = new Ports();
        Set<ExposedPort> exposed = new LinkedHashSet<>();
        for (PortSpec p : specs) {
            ExposedPort port = new ExposedPort(p.containerPort(), InternetProtocol.parse(p.protocol()));
            exposed.add(port);
            ports.bind(port, binding(p));
        }
        cmd.withExposedPorts(new ArrayList<>(exposed));
        host.withPortBindings(ports);
    }

    private static Ports.Binding binding(PortSpec p) {
        String ip = p.hostIp().isEmpty() ? null : p.hostIp();
        if (p.hostPort() == 0) {
            return ip == null ? Ports.Binding.empty() : Ports.Binding.bindIp(ip);
        }
        return new Ports.Binding(ip, String.valueOf(p.hostPort()));
    }

    private static void addVolumes(CreateContainerCmd cmd, HostConfig host, List<VolumeSpec> specs) {
        List<Bind> binds = new ArrayList<>();
        List<Volume> anonymous = new ArrayList<>();
        for (VolumeSpec v : specs) {
            if (v.kind() == VolumeSpec.Kind.ANONYMOUS) {
                anonymous.add(new Volume(v.target()));
            } else {
                binds.add(new Bind(v.source(), new Volume(v.target()), v.readOnly() ? AccessMode.ro : AccessMode.rw));
            }
        }
        if (!binds.isEmpty()) {
            host.withBinds(binds);
        }
        if (!anonymous.isEmpty()) {
            cmd.withVolumes(anonymous);
        }
    }
}
