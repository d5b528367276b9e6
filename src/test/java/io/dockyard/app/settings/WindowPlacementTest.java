package io.dockyard.app.settings;

import io.dockyard.app.settings.WindowPlacement.Area;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class WindowPlacementTest {
    private static final Area WIDE = new Area(0, 0, 1600, 1000);

    @Test
    void aWindowThatWouldHangOffTheScreenIsCentredOnThePrimaryScreen() {
        // saved on a wider screen: x=460 with width 1280 ends at 1740, 140 pixels past a 1600 screen
        WindowPlacement saved = new WindowPlacement(460, 100, 1280, 800, false);
        assertEquals(new WindowPlacement(160, 100, 1280, 800, false), saved.onto(List.of(WIDE), WIDE));
    }

    @Test
    void aWindowThatFitsWhereItWasStaysThere() {
        WindowPlacement saved = new WindowPlacement(300, 120, 1280, 800, true);
        assertEquals(saved, saved.onto(List.of(WIDE), WIDE));
    }

    @Test
    void aWindowOnASecondScreenStaysThereWhileThatScreenIsConnected() {
        Area right = new Area(1600, 0, 1920, 1080);
        WindowPlacement saved = new WindowPlacement(1700, 50, 1280, 800, false);
        assertEquals(saved, saved.onto(List.of(WIDE, right), WIDE));
        assertEquals(new WindowPlacement(160, 100, 1280, 800, false), saved.onto(List.of(WIDE), WIDE),
                "the second screen is gone");
    }

    @Test
    void aWindowLargerThanThePrimaryScreenIsShrunkToItAndCentred() {
        Area small = new Area(0, 30, 1366, 738);
        WindowPlacement saved = new WindowPlacement(0, 0, 1920, 1080, false);
        assertEquals(new WindowPlacement(0, 30, 1366, 738, false), saved.onto(List.of(small), small));
    }

    @Test
    void aWindowNeverPlacedIsOnlySizedToFit() {
        Area small = new Area(0, 0, 1024, 700);
        WindowPlacement placed = WindowPlacement.DEFAULT.onto(List.of(small), small);
        assertFalse(placed.hasPosition(), "the window system chooses where");
        assertEquals(1024, placed.width());
        assertEquals(700, placed.height());
    }
}
