package io.dockyard.inspect;

import java.util.regex.Pattern;

/** Hides values of environment variables whose names look secret ({@code DB_PASSWORD}, {@code API_TOKEN} …). */
public final class Secrets {
    public static final String MASK = "••••••";
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE|AUTH|CERT|SALT|SESSION|COOKIE).*");

    private Secrets() {
    }

    public static boolean looksSecret(String name) {
        return SECRET_NAME.matcher(name).matches();
    }

    /** {@code KEY=value} with the value masked when the key looks secret; empty values stay visible. */
    public static String mask(String entry) {
        int eq = entry.indexOf('=');
        if (eq < 0) {
            return entry;
        }
        String name = entry.substring(0, eq);
        String value = entry.substring(eq + 1);
        return looksSecret(name) && !value.isEmpty() ? name + "=" + MASK : entry;
    }
}
