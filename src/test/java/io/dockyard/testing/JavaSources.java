package io.dockyard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Java source files for layering checks, without a parser library: the package, the
 * imports, and the code with comments and literals blanked out (line breaks kept, so line
 * numbers stay right), so that a word in a comment or a string is never taken for a use.
 */
public final class JavaSources {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");

    private JavaSources() {
    }

    /** One import line. */
    public record Import(int line, String name, boolean isStatic) {
    }

    /** One source file, read; {@code code} has its package and import lines blanked too. */
    public record Source(Path path, String packageName, List<Import> imports, String code) {
        /** True when the file's package is {@code pkg} or below it. */
        public boolean isIn(String pkg) {
            return packageName.equals(pkg) || packageName.startsWith(pkg + ".");
        }

        /** The 1-based lines of code (outside comments and literals) where the pattern matches. */
        public List<Integer> linesMatching(Pattern pattern) {
            List<Integer> lines = new ArrayList<>();
            Matcher m = pattern.matcher(code);
            while (m.find()) {
                lines.add(lineOf(code, m.start()));
            }
            return lines;
        }
    }

    /** Every {@code .java} file under the folder. */
    public static List<Source> under(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(JavaSources::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Source read(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Source parse(Path file, String text) {
        String code = blankCommentsAndLiterals(text);
        Matcher p = PACKAGE.matcher(code);
        String pkg = p.find() ? p.group(1) : "";
        List<Import> imports = new ArrayList<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            imports.add(new Import(lineOf(code, m.start(2)), m.group(2), m.group(1) != null));
        }
        // imports are judged as imports; what is left is the code that uses names
        String body = blank(IMPORT, blank(PACKAGE, code));
        return new Source(file, pkg, List.copyOf(imports), body);
    }

    /** The text with every match of the pattern replaced by spaces, line breaks kept. */
    private static String blank(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(r -> r.group().replaceAll("[^\n]", " "));
    }

    /** The text with comments, strings, text blocks and char literals replaced by spaces. */
    static String blankCommentsAndLiterals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = endOfCommentOrLiteral(text, i);
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(text.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Where the comment or literal starting at i ends, or i when none starts there. */
    private static int endOfCommentOrLiteral(String t, int i) {
        if (t.startsWith("//", i)) {
            int nl = t.indexOf('\n', i);
            return nl < 0 ? t.length() : nl;
        }
        if (t.startsWith("/*", i)) {
            int close = t.indexOf("*/", i + 2);
            return close < 0 ? t.length() : close + 2;
        }
        if (t.startsWith("\"\"\"", i)) {
            return closing(t, i + 3, "\"\"\"");
        }
        if (t.charAt(i) == '"') {
            return closing(t, i + 1, "\"");
        }
        if (t.charAt(i) == '\'') {
            return closing(t, i + 1, "'");
        }
        return i;
    }

    private static int closing(String t, int from, String quote) {
        for (int k = from; k < t.length(); k++) {
            if (t.charAt(k) == '\\') {
                k++;
            } else if (t.startsWith(quote, k)) {
                return k + quote.length();
            }
        }
        return t.length();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
