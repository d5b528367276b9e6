package io.dockyard.app;

import io.dockyard.app.settings.Settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which engines the user shows beside the first one, kept in the settings: docker contexts by
 * name, and addresses added by hand (which stay in the list while hidden, until removed). A key
 * is {@code context:NAME} or {@code address:ADDRESS}.
 *
 * @param added the addresses added by hand, oldest first
 * @param shown the keys of the engines shown, in the order they were shown
 */
record ShownEngines(List<String> added, Set<String> shown) {
    static final String ADDED = "engines.added";
    static final String SHOWN = "engines.shown";
    static final ShownEngines NONE = new ShownEngines(List.of(), Set.of());

    ShownEngines {
        added = List.copyOf(new LinkedHashSet<>(added));
        shown = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(shown));
    }

    /** An added engine as the list keeps it: its address, and a tab and its certificate folder for TLS. */
    static String entry(String address, String certFolder) {
        return certFolder == null || certFolder.isBlank() ? address : address + "\t" + certFolder;
    }

    static String address(String entry) {
        int tab = entry.indexOf('\t');
        return tab < 0 ? entry : entry.substring(0, tab);
    }

    /** The certificate folder of an added engine, empty for none. */
    static String certFolder(String entry) {
        int tab = entry.indexOf('\t');
        return tab < 0 ? "" : entry.substring(tab + 1);
    }

    static String contextKey(String name) {
        return "context:" + name;
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    static ShownEngines from(Settings settings) {
        return new ShownEngines(lines(settings.extras().get(ADDED)), new LinkedHashSet<>(lines(settings.extras().get(SHOWN))));
    }

    Settings into(Settings settings) {
        return settings.withExtra(ADDED, String.join("\n", added)).withExtra(SHOWN, String.join("\n", shown));
    }

    boolean isShown(String key) {
        return shown.contains(key);
    }

    ShownEngines withShown(String key, boolean on) {
        Set<String> next = new LinkedHashSet<>(shown);
        if (on) {
            next.add(key);
        } else {
            next.remove(key);
        }
        return new ShownEngines(added, next);
    }

    /** The address in the list and shown. */
    ShownEngines withAdded(String address) {
        List<String> next = new ArrayList<>(added);
        next.add(address);
        return new ShownEngines(next, shown).withShown(addressKey(address), true);
    }

    /** The address gone from the list, and no longer shown. */
    ShownEngines withoutAdded(String address) {
        List<String> next = new ArrayList<>(added);
        next.remove(address);
        return new ShownEngines(next, shown).withShown(addressKey(address), false);
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
