package io.dockyard.intent;

import java.util.regex.Pattern;

/**
 * Docker's grammar for image references, {@code [registry[:port]/]path[:tag][@digest]}, with
 * messages that say which part is wrong.
 */
public final class ImageRefs {
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String DOMAIN_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final Pattern DOMAIN = Pattern.compile(DOMAIN_PART + "(?:\\." + DOMAIN_PART + ")*(?::[0-9]+)?");
    private static final Pattern PATH = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
    private static final Pattern IMAGE_ID = Pattern.compile("sha256:[0-9a-f]{64}");

    private ImageRefs() {
    }

    /** Anything {@code docker run} or {@code docker pull} accepts: a reference or an image id. */
    public static Parsed<String> reference(String raw) {
        String ref = raw == null ? "" : raw.trim();
        if (ref.isEmpty()) {
            return Parsed.problem("The image is missing: give a name such as busybox:1.36.");
        }
        if (IMAGE_ID.matcher(ref).matches()) {
            return Parsed.ok(ref);
        }
        String name = ref;
        int at = ref.indexOf('@');
        if (at >= 0) {
            if (!DIGEST.matcher(ref.substring(at + 1)).matches()) {
                return Parsed.problem("The digest after '@' in '" + ref + "' is not valid (sha256: and 64 hex digits).");
            }
            name = ref.substring(0, at);
        }
        String problem = nameAndTagProblem(name);
        return problem == null ? Parsed.ok(ref) : Parsed.problem(problem);
    }

    /** A name to give an image with {@code docker tag} or {@code docker commit}: no digest allowed. */
    public static Parsed<String> tagTarget(String raw) {
        String ref = raw == null ? "" : raw.trim();
        if (ref.isEmpty()) {
            return Parsed.problem("The new name is missing: write repository[:tag], such as myapp:1.0.");
        }
        if (ref.contains("@")) {
            return Parsed.problem("A new name cannot contain a digest ('@…'); write repository[:tag].");
        }
        String problem = nameAndTagProblem(ref);
        return problem == null ? Parsed.ok(ref) : Parsed.problem(problem);
    }

    private static String nameAndTagProblem(String nameAndTag) {
        String name = nameAndTag;
        int slash = nameAndTag.lastIndexOf('/');
        int colon = nameAndTag.lastIndexOf(':');
        if (colon > slash) {
            String tag = nameAndTag.substring(colon + 1);
            name = nameAndTag.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                return "The tag '" + tag + "' is not valid: up to 128 letters, digits, '_', '.' or '-', "
                        + "not starting with '.' or '-'.";
            }
        }
        if (name.length() > 255) {
            return "The repository name is longer than 255 characters.";
        }
        return repositoryProblem(name);
    }

    private static String repositoryProblem(String name) {
        if (name.isEmpty()) {
            return "The repository name is missing before the tag.";
        }
        String path = name;
        int slash = name.indexOf('/');
        if (slash > 0) {
            String first = name.substring(0, slash);
            boolean isDomain = first.contains(".") || first.contains(":") || first.equals("localhost");
            if (isDomain) {
                if (!DOMAIN.matcher(first).matches()) {
                    return "The registry '" + first + "' is not a valid host[:port].";
                }
                path = name.substring(slash + 1);
            }
        }
        if (PATH.matcher(path).matches()) {
            return null;
        }
        if (!path.equals(path.toLowerCase(java.util.Locale.ROOT))) {
            return "Repository names must be lowercase: '" + name + "' could be '"
                    + name.toLowerCase(java.util.Locale.ROOT) + "'.";
        }
        if (path.contains(" ")) {
            return "An image name cannot contain spaces: '" + name + "'.";
        }
        return "'" + name + "' is not a valid repository name: use lowercase letters, digits and single "
                + "'.', '_' or '-' between them, with '/' between path parts.";
    }
}
