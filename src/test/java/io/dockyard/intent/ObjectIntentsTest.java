package io.dockyard.intent;

import io.dockyard.model.Attachment;
import io.dockyard.model.Catalogs;
import io.dockyard.model.Connection;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineState;
import io.dockyard.model.NetworkRecord;
import io.dockyard.testing.EventSamples;
import io.dockyard.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Volume, network and compose project intents: their CLI lines, how typed lines read back, and the name rules. */
class ObjectIntentsTest {
    private static final List<String> SHOP = List.of("shop-db-1", "shop-web-1", "shop-web-2");

    @Test
    void volumeLines() {
        assertEquals("docker volume create cache", CreateVolume.named("cache").cliLine());
        assertEquals("docker volume create --driver local --label a=b --label team=web cache",
                new CreateVolume("cache", "local", Map.of("team", "web", "a", "b")).cliLine());
        assertEquals("docker volume create", new CreateVolume("", "", Map.of()).cliLine());
        assertEquals("docker volume rm cache", new RemoveVolume("cache", false).cliLine());
        assertEquals("docker volume rm -f cache", new RemoveVolume("cache", true).cliLine());
        assertEquals("docker volume prune -f --filter label=a=b", new PruneVolumes(false, Map.of("a", "b")).cliLine());
    }

    @Test
    void pruneIsWordedForTheEnginesApiVersion() {
        assertEquals("docker volume prune -f", PruneVolumes.unusedOn("1.41").cliLine(),
                "Docker 20.10 prunes named volumes without being asked, and does not know --all");
        assertEquals("docker volume prune -f --all", PruneVolumes.unusedOn("1.42").cliLine());
        assertEquals("docker volume prune -f --all", PruneVolumes.unusedOn("1.45").cliLine());
        assertEquals("docker volume prune -f --all", PruneVolumes.unusedOn("2.0").cliLine());
        assertEquals("docker volume prune -f", PruneVolumes.unusedOn("").cliLine());
    }

    @Test
    void networkLines() {
        assertEquals("docker network create app-net", CreateNetwork.named("app-net").cliLine());
        assertEquals("docker network create --driver bridge --internal --label k=v back",
                new CreateNetwork("back", "bridge", true, Map.of("k", "v")).cliLine());
        assertEquals("docker network rm app-net", new RemoveNetwork("app-net").cliLine());
        assertEquals("docker network connect app-net web", ConnectNetwork.of("app-net", "web").cliLine());
        assertEquals("docker network connect --alias db --alias store app-net pg",
                new ConnectNetwork("app-net", "pg", List.of("db", "store")).cliLine());
        assertEquals("docker network disconnect app-net web", new DisconnectNetwork("app-net", "web").cliLine());
    }

    @Test
    void projectLinesUseTheComposeTheUserHas() {
        assertEquals("docker compose -p shop stop", new StopProject("shop", ComposeCli.PLUGIN, SHOP).cliLine());
        assertEquals("docker-compose -p shop stop", new StopProject("shop", ComposeCli.STANDALONE, SHOP).cliLine());
        assertEquals("docker compose -p shop start", new StartProject("shop", ComposeCli.PLUGIN, SHOP).cliLine());
        assertEquals("docker-compose -p shop restart", new RestartProject("shop", ComposeCli.STANDALONE, SHOP).cliLine());
        assertEquals("docker compose -p shop down", remove(ComposeCli.PLUGIN, false).cliLine());
        assertEquals("docker-compose -p shop down -v", remove(ComposeCli.STANDALONE, true).cliLine());
        assertEquals(List.of("docker-compose", "-p", "shop", "stop"),
                new StopProject("shop", ComposeCli.STANDALONE, SHOP).cliArgs());
    }

    @Test
    void withoutComposeTheLinesArePlainDockerInComposeOrder() {
        assertEquals("docker stop shop-web-2 shop-web-1 shop-db-1", new StopProject("shop", ComposeCli.NONE, SHOP).cliLine(),
                "stopped last service first");
        assertEquals("docker start shop-db-1 shop-web-1 shop-web-2", new StartProject("shop", ComposeCli.NONE, SHOP).cliLine());
        assertEquals("docker stop shop-web-2 shop-web-1 shop-db-1 && docker start shop-db-1 shop-web-1 shop-web-2",
                new RestartProject("shop", ComposeCli.NONE, SHOP).cliLine());
        assertEquals("docker stop shop-web-2 shop-web-1 shop-db-1 && docker rm shop-db-1 shop-web-1 shop-web-2"
                + " && docker network rm shop_default", remove(ComposeCli.NONE, false).cliLine(),
                "volumes stay unless asked");
        assertEquals("docker stop shop-web-2 shop-web-1 shop-db-1 && docker rm -v shop-db-1 shop-web-1 shop-web-2"
                + " && docker network rm shop_default && docker volume rm shop_data", remove(ComposeCli.NONE, true).cliLine());
        assertEquals(4, remove(ComposeCli.NONE, true).cliCommands().size());
    }

    private static RemoveProject remove(ComposeCli cli, boolean volumes) {
        return new RemoveProject("shop", cli, SHOP, List.of("shop_default"), List.of("shop_data"), volumes);
    }

    @Test
    void typedLinesReadBackAsTheirIntents() {
        assertEquals(new CreateVolume("cache", "local", Map.of("a", "b")), parsed("volume create -d local --label a=b cache"));
        assertEquals(new RemoveVolume("cache", true), parsed("volume rm -f cache"));
        assertEquals(new PruneVolumes(true, Map.of("k", "v")), parsed("volume prune -f --all --filter label=k=v"));
        assertEquals(new CreateNetwork("back", "bridge", true, Map.of()), parsed("network create --driver bridge --internal back"));
        assertEquals(new RemoveNetwork("back"), parsed("network rm back"));
        assertEquals(new ConnectNetwork("back", "web", List.of("w")), parsed("network connect --alias w back web"));
        assertEquals(new DisconnectNetwork("back", "web"), parsed("network disconnect back web"));
        assertEquals(new StopProject("shop", ComposeCli.PLUGIN, List.of()), parsed("compose -p shop stop"));
        assertEquals(new RestartProject("shop", ComposeCli.PLUGIN, List.of()), parsed("compose --project-name shop restart"));
        assertEquals(new RemoveProject("shop", ComposeCli.PLUGIN, List.of(), List.of(), List.of(), true),
                parsed("compose -p shop down -v"));
    }

    @Test
    void typedLinesDockyardCannotFollowAreRefusedInWords() {
        assertEquals("docker volume prune without -f asks for a yes in a terminal; write docker volume prune -f to prune"
                + " from here, or use \"Prune unused volumes…\" on the yard to see what goes.", refusal("volume prune"));
        assertEquals("The volume name x: A volume name needs at least two characters.", refusal("volume create x"));
        assertEquals("The network name bridge: 'bridge' is one of the networks every engine has (bridge, host, none);"
                + " pick another name.", refusal("network create bridge"));
        assertEquals("Dockyard acts on a compose project by its name: write docker compose -p NAME stop (or start,"
                + " restart, down).", refusal("compose stop"));
        assertEquals("Dockyard cannot perform docker compose up itself; run it in a terminal.", refusal("compose -p s up"));
        assertEquals("Dockyard does not know the option --ipv6 of docker network create.", refusal("network create --ipv6 n"));
        assertEquals("Missing the container to connect at the end of: docker network connect net",
                refusal("network connect net"));
    }

    private static Intent parsed(String line) {
        Parsed<Intent> p = CliIntents.parse(List.of(line.split(" ")));
        assertTrue(p.isOk(), line + ": " + p.problem());
        return p.value();
    }

    private static String refusal(String line) {
        Parsed<Intent> p = CliIntents.parse(List.of(line.split(" ")));
        assertFalse(p.isOk(), line + " was read as " + p.value());
        return p.problem();
    }

    @Test
    void newNamesAreCheckedAgainstDockersRuleAndWhatExists() {
        EngineState state = state(List.of(), EventSamples.volume("cache"), EventSamples.network("app-net"));
        assertEquals("A volume called 'cache' already exists (driver local). Pick another name, or mount that one.",
                NameRules.newVolumeName("cache", state).problem());
        assertEquals("A volume name may only use letters, digits, '_', '.' and '-'; it has a space.",
                NameRules.newVolumeName("my data", state).problem());
        assertEquals("Type a name for the volume.", NameRules.newVolumeName("  ", state).problem());
        assertEquals("cache2", NameRules.newVolumeName(" cache2 ", state).value());
        assertTrue(NameRules.newNetworkName("app-net", state).problem().startsWith(
                "A network called 'app-net' already exists ("), NameRules.newNetworkName("app-net", state).problem());
        assertEquals("A network name must start with a letter or digit, not '-'.",
                NameRules.newNetworkName("-net", state).problem());
        assertEquals("x", NameRules.newNetworkName("x", state).value(), "the engine takes one-letter network names");
        assertEquals("The alias 'a/b' may only use letters, digits, '_', '.' and '-', starting with a letter or digit.",
                NameRules.aliases("db a/b").problem());
        assertEquals(List.of("db", "cache"), NameRules.aliases("db, cache").value());
    }

    @Test
    void aConnectionTheModelCanTellIsWrongIsRefused() {
        NetworkRecord net = EventSamples.network("app-net");
        NetworkRecord host = EventSamples.network("host");
        ContainerInstance web = container("web", new Attachment(net.id(), "app-net", "172.20.0.3", List.of()));
        ContainerInstance loner = container("loner", new Attachment("", "bridge", "172.17.0.2", List.of()));
        ContainerInstance onHost = container("hosted", new Attachment("", "host", "", List.of()));
        assertEquals("Container 'web' is already on network 'app-net' (address 172.20.0.3).",
                NameRules.connect(net, web, List.of()).problem());
        assertEquals("A container cannot be connected to 'host' after it was made: run a new one with --network host.",
                NameRules.connect(host, loner, List.of()).problem());
        assertEquals("Container 'hosted' uses the network 'host', which cannot be combined with other networks.",
                NameRules.connect(net, onHost, List.of()).problem());
        assertEquals(new ConnectNetwork("app-net", "loner", List.of("w")), NameRules.connect(net, loner, List.of("w")).value());
    }

    private static ContainerInstance container(String name, Attachment attachment) {
        return new ContainerInstance(ModelFixtures.containerId(name.hashCode()), name, ModelFixtures.imageId(1), "base:1",
                "sh", ContainerState.RUNNING, "", 0, ModelFixtures.T0, ModelFixtures.T0, null, 1, List.of(), List.of(),
                List.of(attachment), Map.of(), List.of(), "", -1);
    }

    private static EngineState state(List<ContainerInstance> containers, io.dockyard.model.EngineObject... more) {
        List<io.dockyard.model.EngineObject> all = new java.util.ArrayList<>(containers);
        all.addAll(List.of(more));
        return EngineState.empty(Connection.connecting("", "")).withObjects(Catalogs.of(all));
    }
}
