package io.dockyard.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.dockyard.app.settings.Theme;
import javafx.application.Application;

/** Applies a {@link Theme} to the whole app through AtlantaFX. */
final class Themes {
    private Themes() {
    }

    /** Applies the theme; returns whether the result is dark. */
    static boolean apply(Theme theme, boolean systemPrefersDark) {
        boolean dark = theme == Theme.DARK || theme == Theme.SYSTEM && systemPrefersDark;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        return dark;
    }

    /** The header toggle's order: system → light → dark → system. */
    static Theme next(Theme theme) {
        return Theme.values()[(theme.ordinal() + 1) % Theme.values().length];
    }

    static String describe(Theme theme) {
        return switch (theme) {
            case SYSTEM -> "Theme follows the system — click for light";
            case LIGHT -> "Light theme — click for dark";
            case DARK -> "Dark theme — click to follow the system";
        };
    }

    static String glyph(Theme theme) {
        return switch (theme) {
            case SYSTEM -> "◐";
            case LIGHT -> "☀";
            case DARK -> "☾";
        };
    }
}
