package io.dockyard.intent;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntentCliTest {

    @Test
    void runWithEveryOption() {
        RunContainer run = new RunContainer("nginx:1.27", "web", List.of(new PortSpec("", 8080, 80, "tcp"),
                new PortSpec("127.0.0.1", 5353, 53, "udp"), new PortSpec("", 0, 9000, "tcp")),
                List.of("A=1", "GREETING=hello world"), List.of(new VolumeSpec("site", "/usr/share/html", true),
                new VolumeSpec("", "/cache", false)), List.of("sh", "-c", "echo 'hi'"),
                new RestartPolicy("on-failure", 3), false, Map.of("dockyard.test", "x"));
        assertEquals("docker run -d --name web -p 8080:80 -p 127.0.0.1:5353:53/udp -p 9000 -e A=1 "
                + "-e 'GREETING=hello world' -v site:/usr/share/html:ro -v /cache --restart on-failure:3 "
                + "--label dockyard.test=x nginx:1.27 sh -c 'echo '\\''hi'\\'''", run.cliLine());
    }

    @Test
    void plainDragRun() {
        assertEquals("docker run -d busybox:1.36", RunContainer.of("busybox:1.36").cliLine());
        RunContainer rm = new RunContainer("img", "", List.of(), List.of(), List.of(), List.of(), RestartPolicy.NO,
                true, Map.of());
        assertEquals("docker run -d --rm img", rm.cliLine());
    }

    @Test
    void containerActions() {
        assertEquals("docker start web", new StartContainer("web").cliLine());
        assertEquals("docker stop web", StopContainer.of("web").cliLine());
        assertEquals("docker stop -t 1 web", new StopContainer("web", 1).cliLine());
        assertEquals("docker restart -t 2 web", new RestartContainer("web", 2).cliLine());
        assertEquals("docker pause web", new PauseContainer("web").cliLine());
        assertEquals("docker unpause web", new UnpauseContainer("web").cliLine());
        assertEquals("docker kill web", KillContainer.of("web").cliLine());
        assertEquals("docker kill -s SIGHUP web", new KillContainer("web", "SIGHUP").cliLine());
        assertEquals("docker rename web web2", new RenameContainer("web", "web2").cliLine());
        assertEquals("docker rm web", new RemoveContainer("web", false, false).cliLine());
        assertEquals("docker rm -f -v web", new RemoveContainer("web", true, true).cliLine());
        assertEquals("docker commit -m 'added index' web myweb:2", new CommitContainer("web", "myweb:2", "added index").cliLine());
        assertEquals("docker exec web ls -l /tmp", new ExecCommand("web", List.of("ls", "-l", "/tmp")).cliLine());
    }

    @Test
    void imageActions() {
        assertEquals("docker tag nginx:1.27 mine/nginx:prod", new TagImage("nginx:1.27", "mine/nginx:prod").cliLine());
        assertEquals("docker rmi nginx:1.27", new RemoveImage("nginx:1.27", false).cliLine());
        assertEquals("docker rmi -f sha256:abc", new RemoveImage("sha256:abc", true).cliLine());
        assertEquals("docker pull busybox:1.36", new PullImage("busybox:1.36").cliLine());
        assertEquals("docker image prune -f", PruneImages.dangling().cliLine());
        assertEquals("docker image prune -f --filter label=a=b", new PruneImages(Map.of("a", "b")).cliLine());
        assertEquals("docker build --force-rm -t app:1 '/tmp/my app'", new BuildImage(Path.of("/tmp/my app"), null, "app:1",
                Map.of()).cliLine());
        assertEquals("docker build --force-rm -f /tmp/x/Other.df -t app:1 --label k=v /tmp/x",
                new BuildImage(Path.of("/tmp/x"), Path.of("/tmp/x/Other.df"), "app:1", Map.of("k", "v")).cliLine());
    }
}
