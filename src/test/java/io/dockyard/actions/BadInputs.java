package io.dockyard.actions;

import io.dockyard.actions.RunForm.Field;

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

    /** @param image an image that exists on the engine */
    public static List<Case> all(String image, String takenName, int publishedPort) {
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
