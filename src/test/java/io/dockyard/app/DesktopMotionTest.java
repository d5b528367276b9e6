package io.dockyard.app;

import io.dockyard.motion.Motion;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesktopMotionTest {

    @Test
    void gtkSaysFalseZeroOrNoToSwitchAnimationsOff() {
        for (String off : new String[] {"false", "0", "no", "FALSE", " No "}) {
            assertEquals(Optional.of(false), DesktopMotion.enableAnimations("[Settings]\ngtk-enable-animations=" + off), off);
        }
        for (String on : new String[] {"true", "1", "yes", "True"}) {
            assertEquals(Optional.of(true), DesktopMotion.enableAnimations("[Settings]\ngtk-enable-animations = " + on), on);
        }
    }

    @Test
    void aMissingKeyAnotherSectionACommentOrGarbageSayNothing() {
        assertEquals(Optional.empty(), DesktopMotion.enableAnimations(""));
        assertEquals(Optional.empty(), DesktopMotion.enableAnimations("[Settings]\ngtk-theme-name=Adwaita\n"));
        assertEquals(Optional.empty(), DesktopMotion.enableAnimations("[Other]\ngtk-enable-animations=false\n"));
        assertEquals(Optional.empty(), DesktopMotion.enableAnimations("[Settings]\n# gtk-enable-animations=false\n"));
        assertEquals(Optional.empty(), DesktopMotion.enableAnimations("[Settings]\ngtk-enable-animations=maybe\n"));
        assertEquals(Optional.empty(), DesktopMotion.enableAnimations("\u0000\u0001 [[[ = ]]]\n=\n[Settings\n"));
        assertEquals(Optional.of(false), DesktopMotion.enableAnimations(
                "[Other]\ngtk-enable-animations=true\n\r\n[Settings]\r\ngtk-theme-name=Adwaita\r\ngtk-enable-animations=0\r\n"),
                "the key in [Settings], whatever comes before it");
    }

    @Test
    void gsettingsAnswersTrueOrFalse() {
        assertEquals(Optional.of(false), DesktopMotion.gsettingsAnswer("false\n"));
        assertEquals(Optional.of(true), DesktopMotion.gsettingsAnswer("true\n"));
        assertEquals(Optional.empty(), DesktopMotion.gsettingsAnswer("No such schema “org.gnome.desktop.interface”\n"));
        assertEquals(Optional.empty(), DesktopMotion.gsettingsAnswer(""));
    }

    @Test
    void theSettingsFileIsUnderXdgConfigHomeElseUnderHome() {
        assertEquals(Optional.of(Path.of("/cfg/gtk-3.0/settings.ini")),
                DesktopMotion.iniFile(Map.of("XDG_CONFIG_HOME", "/cfg", "HOME", "/home/ann")));
        assertEquals(Optional.of(Path.of("/home/ann/.config/gtk-3.0/settings.ini")),
                DesktopMotion.iniFile(Map.of("HOME", "/home/ann")));
        assertEquals(Optional.empty(), DesktopMotion.iniFile(Map.of()));
    }

    @Test
    void motionIsReducedIfTheMenuTheDesktopOrTheCommandLineAsks() {
        assertSame(Motion.STANDARD, new MotionPreference(false, false, "").motion());
        assertSame(Motion.NONE, new MotionPreference(true, false, "").motion());
        assertSame(Motion.NONE, new MotionPreference(false, true, "").motion());
        assertSame(Motion.NONE, new MotionPreference(false, false, "reduced").motion());
        assertSame(Motion.NONE, new MotionPreference(false, true, "slow").motion(), "reduced beats slow");
        assertFalse(new MotionPreference(false, false, "slow").motion().isReduced());
        assertTrue(new MotionPreference(true, false, "").withDesktop(true).withMenu(false).reduced(),
                "the menu cannot undo the desktop's wish");
        assertFalse(new MotionPreference(true, false, "").imposed(), "the menu's own choice can be undone");
        assertTrue(new MotionPreference(false, false, "off").imposed());
    }
}
