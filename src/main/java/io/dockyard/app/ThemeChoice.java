package io.dockyard.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light, dark, or whatever the desktop prefers; applied to the whole app at once. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK;

    /** Applies the theme; returns whether the result is dark. */
    public boolean apply(boolean systemPrefersDark) {
        boolean dark = this == DARK || this == SYSTEM && systemPrefersDark;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        return dark;
    }

    /** The next choice for the header's toggle: system → light → dark → system. */
    public ThemeChoice next() {
        return values()[(ordinal() + 1) % values().length];
    }

    public String label() {
        return switch (this) {
            case SYSTEM -> "Theme: follow system";
            case LIGHT -> "Theme: light";
            case DARK -> "Theme: dark";
        };
    }
}
