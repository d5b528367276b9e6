package io.dockyard.app.settings;

/** Which AtlantaFX theme the app uses: follow the desktop, or always light or dark. */
public enum Theme {
    SYSTEM, LIGHT, DARK
}
