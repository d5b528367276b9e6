package io.dockyard.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLocationTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxUsesXdgConfigHomeWhenAbsolute() {
        assertEquals(Path.of("/cfg/dockyard/settings.properties"),
                SettingsLocation.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), HOME));
    }

    @Test
    void linuxFallsBackToDotConfigWhenUnsetOrRelative() {
        Path expected = Path.of("/home/ada/.config/dockyard/settings.properties");
        assertEquals(expected, SettingsLocation.resolve("Linux", Map.of(), HOME));
        assertEquals(expected, SettingsLocation.resolve("Linux", Map.of("XDG_CONFIG_HOME", "cfg"), HOME));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/ada/Library/Application Support/Dockyard/settings.properties"),
                SettingsLocation.resolve("Mac OS X", Map.of("XDG_CONFIG_HOME", "/cfg"), HOME));
    }

    @Test
    void windowsUsesAppDataOrItsUsualPlace() {
        assertEquals(Path.of("/roaming/Dockyard/settings.properties"),
                SettingsLocation.resolve("Windows 11", Map.of("APPDATA", "/roaming"), HOME));
        assertEquals(Path.of("/home/ada/AppData/Roaming/Dockyard/settings.properties"),
                SettingsLocation.resolve("Windows 11", Map.of(), HOME));
    }
}
