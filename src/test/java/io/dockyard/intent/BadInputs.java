package io.dockyard.intent;

import io.dockyard.intent.RunForm.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Inputs a learner might type into "Run with options…" that Docker would refuse, and what we say. */
public final class BadInputs {
    private BadInputs() {
    }

    /**
     * @param form     the form, with a valid image unless the image is the bad part
     * @param field    where the problem must show
     * @param expected words the message must contain
     */
    public record Case(String what, RunForm form, Field field, String expected) {
        @Override
        public String toString() {
            return what;
        }
    }

    /**
     * @param image         an image that exists on the engine
     * @param takenName     the name of a container that exists
     * @param publishedPort a host port a running container publishes
     * @param busyPort      a host port another program listens on
     */
    public static List<Case> all(String image, String takenName, int publishedPort, int busyPort) {
        List<Case> all = new ArrayList<>(first(image, takenName, publishedPort));
        all.addAll(names(image));
        all.addAll(ports(image, busyPort));
        all.addAll(envAndVolumes(image));
        all.addAll(commandsAndRestarts(image));
        all.addAll(images(image));
        return List.copyOf(all);
    }

    private static List<Case> first(String image, String takenName, int publishedPort) {
        return List.of(
                c("name with a space", form(image).name("my web"), Field.NAME, "a space"),
                c("name of one letter", form(image).name("w"), Field.NAME, "at least two characters"),
                c("name starting with a dash", form(image).name("-web"), Field.NAME, "start with a letter or digit"),
                c("name with a slash", form(image).name("a/b"), Field.NAME, "'/'"),
                c("name with an accent", form(image).name("café"), Field.NAME, "'é'"),
                c("name already taken", form(image).name(takenName), Field.NAME, "already used"),
                c("port out of range", form(image).ports("70000:80"), Field.PORTS, "out of range"),
                c("port zero", form(image).ports("8080:0"), Field.PORTS, "out of range"),
                c("port not a number", form(image).ports("http:80"), Field.PORTS, "not a number"),
                c("unknown protocol", form(image).ports("8080:80/http"), Field.PORTS, "protocol 'http'"),
                c("port range", form(image).ports("8000-8010:80"), Field.PORTS, "ranges"),
                c("bad ip", form(image).ports("300.1.1.1:8080:80"), Field.PORTS, "not an IP address"),
                c("port published by a container", form(image).ports(publishedPort + ":80"), Field.PORTS,
                        "already published by container"),
                c("port listed twice", form(image).ports("18081:80\n18081:81"), Field.PORTS, "listed twice"),
                c("env without value", form(image).env("DEBUG"), Field.ENV, "KEY=value"),
                c("env without name", form(image).env("=1"), Field.ENV, "no variable name"),
                c("env name with space", form(image).env("MY VAR=1"), Field.ENV, "contains a space"),
                c("env name starting with digit", form(image).env("1X=1"), Field.ENV, "starts with a digit"),
                c("relative host folder", form(image).volumes("./site:/usr/share/html"), Field.VOLUMES, "absolute path"),
                c("relative container path", form(image).volumes("data:var/lib"), Field.VOLUMES, "must be absolute"),
                c("unknown mount mode", form(image).volumes("data:/data:rx"), Field.VOLUMES, "mode 'rx'"),
                c("mount over root", form(image).volumes("/tmp:/"), Field.VOLUMES, "root folder"),
                c("unclosed quote", form(image).command("sh -c 'echo hi"), Field.COMMAND, "never closed"),
                c("unknown restart policy", form(image).restart("sometimes"), Field.RESTART, "not a restart policy"),
                c("retries on always", form(image).restart("always:3"), Field.RESTART, "Only on-failure"),
                c("--rm with restart", form(image).restart("always").autoRemove(), Field.RESTART, "conflict"),
                c("uppercase image", form("MyApp:1"), Field.IMAGE, "lowercase"),
                c("bad tag", form(image.replaceAll(":.*", "") + ":-bad"), Field.IMAGE, "tag '-bad'"),
                c("empty image", form(""), Field.IMAGE, "missing"));
    }

    private static List<Case> names(String image) {
        return List.of(
                c("name with a colon", form(image).name("web:1"), Field.NAME, "it has ':'"),
                c("name with an at sign", form(image).name("me@web"), Field.NAME, "it has '@'"),
                c("name starting with a dot", form(image).name(".web"), Field.NAME, "not '.'"),
                c("name starting with an emoji", form(image).name("\ud83d\udc33web"), Field.NAME, "not '\ud83d\udc33'"),
                c("name of one emoji", form(image).name("\ud83d\udc33"), Field.NAME, "at least two characters"));
    }

    private static List<Case> ports(String image, int busyPort) {
        return List.of(
                c("negative host port", form(image).ports("-1:80"), Field.PORTS, "port -1 is out of range"),
                c("huge host port", form(image).ports("99999999999:80"), Field.PORTS, "out of range"),
                c("host port zero", form(image).ports("0:80"), Field.PORTS, "host port 0 is out of range"),
                c("container port missing", form(image).ports("8080:"), Field.PORTS, "container port is missing"),
                c("container port not a number", form(image).ports("8080:web"), Field.PORTS, "'web' is not a number"),
                c("space inside a port", form(image).ports("80 80:80"), Field.PORTS, "'80 80' is not a number"),
                c("port in Arabic digits", form(image).ports("\u0668\u0660\u0668\u0660:80"), Field.PORTS,
                        "is not a number"),
                c("IPv6 address without brackets", form(image).ports("::1:8080:80"), Field.PORTS, "in brackets"),
                c("IPv6 bracket never closed", form(image).ports("[::1:8080:80"), Field.PORTS,
                        "[address]:host:container"),
                c("host name in IPv6 brackets", form(image).ports("[web]:8080:80"), Field.PORTS,
                        "'web' is not an IPv6 address"),
                c("port held by another program", form(image).ports(busyPort + ":80"), Field.PORTS,
                        "in use on this machine by another program"));
    }

    private static List<Case> envAndVolumes(String image) {
        return List.of(
                c("env pasted with export", form(image).env("export A=1"), Field.ENV, "contains a space"),
                c("env name with a dash", form(image).env("MY-VAR=1"), Field.ENV, "letters, digits and '_'"),
                c("env name with an accent", form(image).env("CAF\u00c9=1"), Field.ENV, "letters, digits and '_'"),
                c("volume with too many colons", form(image).volumes("/a:/b:ro:z"), Field.VOLUMES, "is not a volume"),
                c("volume from the home folder", form(image).volumes("~/site:/html"), Field.VOLUMES, "absolute path"),
                c("volume without a container path", form(image).volumes("data:"), Field.VOLUMES,
                        "path inside the container is missing"),
                c("volume name with a space", form(image).volumes("my vol:/data"), Field.VOLUMES, "a space"),
                c("volume of a bare name", form(image).volumes("data"), Field.VOLUMES, "must be absolute"),
                c("volume with nothing before the colon", form(image).volumes(":/data:ro"), Field.VOLUMES,
                        "nothing before the first ':'"),
                c("container path ending in a space", form(image).volumes("data:/data :ro"), Field.VOLUMES,
                        "ends with a space"));
    }

    private static List<Case> commandsAndRestarts(String image) {
        return List.of(
                c("unclosed double quote", form(image).command("echo \"hi"), Field.COMMAND, "double quote"),
                c("command ending in a backslash", form(image).command("echo hi\\"), Field.COMMAND,
                        "ends with a backslash"),
                c("negative retries", form(image).restart("on-failure:-1"), Field.RESTART, "cannot be negative"),
                c("retries in words", form(image).restart("on-failure:three"), Field.RESTART, "not a whole number"),
                c("restart policy with two counts", form(image).restart("on-failure:3:4"), Field.RESTART,
                        "not a restart policy"),
                c("restart policy with an underscore", form(image).restart("unless_stopped"), Field.RESTART,
                        "not a restart policy"));
    }

    private static List<Case> images(String image) {
        String repo = image.replaceAll(":.*", "");
        return List.of(
                c("image with a space", form("busy box"), Field.IMAGE, "cannot contain spaces"),
                c("image with a short digest", form(repo + "@sha256:123"), Field.IMAGE, "digest after '@'"),
                c("image with an empty tag", form(repo + ":"), Field.IMAGE, "tag ''"),
                c("tag too long", form(repo + ":" + "t".repeat(129)), Field.IMAGE, "up to 128"),
                c("image name too long", form("a".repeat(256)), Field.IMAGE, "longer than 255"),
                c("registry with an underscore", form("my_registry:5000/app"), Field.IMAGE,
                        "registry 'my_registry:5000' is not a valid host"),
                c("image with a double slash", form("library//busybox"), Field.IMAGE, "not a valid repository name"),
                c("image starting with a dash", form("-busybox"), Field.IMAGE, "not a valid repository name"),
                c("digest without a name", form("@sha256:" + "0".repeat(64)), Field.IMAGE,
                        "repository name is missing"));
    }

    private static Case c(String what, Builder b, Field field, String expected) {
        return new Case(what, b.build(), field, expected);
    }

    static Builder form(String image) {
        return new Builder(image);
    }

    /** Fills a form a field at a time. */
    static final class Builder {
        private final String image;
        private String name = "";
        private String ports = "";
        private String env = "";
        private String volumes = "";
        private String command = "";
        private String restart = "no";
        private boolean autoRemove;

        Builder(String image) {
            this.image = image;
        }

        Builder name(String v) { name = v; return this; }
        Builder ports(String v) { ports = v; return this; }
        Builder env(String v) { env = v; return this; }
        Builder volumes(String v) { volumes = v; return this; }
        Builder command(String v) { command = v; return this; }
        Builder restart(String v) { restart = v; return this; }
        Builder autoRemove() { autoRemove = true; return this; }

        RunForm build() {
            return new RunForm(image, name, ports, env, volumes, command, restart, autoRemove, Map.of());
        }
    }
}
