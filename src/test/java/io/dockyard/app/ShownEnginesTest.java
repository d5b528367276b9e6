package io.dockyard.app;

import io.dockyard.app.settings.Settings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShownEnginesTest {
    @Test
    void theChoiceSurvivesTheSettings() {
        ShownEngines chosen = ShownEngines.NONE.withShown(ShownEngines.contextKey("staging"), true)
                .withAdded("tcp://10.0.0.2:2376");
        ShownEngines read = ShownEngines.from(chosen.into(Settings.DEFAULTS));
        assertEquals(List.of("tcp://10.0.0.2:2376"), read.added());
        assertEquals(Set.of("context:staging", "address:tcp://10.0.0.2:2376"), read.shown());
    }

    @Test
    void aHiddenAddressStaysInTheListUntilRemoved() {
        ShownEngines added = ShownEngines.NONE.withAdded("ssh://me@build");
        ShownEngines hidden = added.withShown(ShownEngines.addressKey("ssh://me@build"), false);
        assertEquals(List.of("ssh://me@build"), hidden.added());
        assertFalse(hidden.isShown("address:ssh://me@build"));
        ShownEngines removed = added.withoutAdded("ssh://me@build");
        assertTrue(removed.added().isEmpty());
        assertTrue(removed.shown().isEmpty());
    }

    @Test
    void noSettingsShowNothingMore() {
        assertEquals(ShownEngines.NONE, ShownEngines.from(Settings.DEFAULTS));
    }
}
