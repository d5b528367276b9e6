package io.dockyard.engine.discovery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259) for the docker CLI's config.json and context meta.json,
 * and for the engine's answers that docker-java does not read ({@code GET /system/df}).
 * Objects become {@code Map<String,Object>} (insertion order kept, a repeated key keeps its last value),
 * arrays {@code List<Object>}, strings {@code String}, numbers {@code BigDecimal}, true/false
 * {@code Boolean}, null {@code null}. Errors name the line and column.
 */
public final class JsonReader {
    private static final int MAX_DEPTH = 200;

    private final String text;
    private int pos;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Reads exactly one JSON value, with nothing but whitespace around it. */
    public static Object parse(String text) throws JsonException {
        JsonReader reader = new JsonReader(text);
        reader.skipWhitespace();
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected " + reader.describeCurrent() + " after the end of the JSON value");
        }
        return value;
    }

    private Object value() throws JsonException {
        if (pos >= text.length()) {
            throw error("unexpected end of text, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected " + describeCurrent() + ", expected a value");
        }
    }

    private Map<String, Object> object() throws JsonException {
        enter();
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("unexpected " + describeCurrent() + ", expected a string key");
            }
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            map.put(key, value());
            skipWhitespace();
            if (!separatorOrEnd('}')) {
                depth--;
                return map;
            }
        }
    }

    private List<Object> array() throws JsonException {
        enter();
        List<Object> list = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value());
            skipWhitespace();
            if (!separatorOrEnd(']')) {
                depth--;
                return list;
            }
        }
    }

    /** Consumes ',' (returns true: more follows) or the closing bracket (returns false). */
    private boolean separatorOrEnd(char close) throws JsonException {
        char c = peek();
        if (c == ',' || c == close) {
            pos++;
            return c == ',';
        }
        throw error("unexpected " + describeCurrent() + ", expected ',' or '" + close + "'");
    }

    private String string() throws JsonException {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            } else if (c == '\\') {
                sb.append(escape());
            } else if (c < 0x20) {
                pos--;
                throw error("control character U+" + String.format("%04X", (int) c) + " inside a string; escape it");
            } else {
                sb.append(c);
            }
        }
        pos = start;
        throw error("string is never closed with '\"'");
    }

    private char escape() throws JsonException {
        if (pos >= text.length()) {
            throw error("unexpected end of text inside an escape");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u': return unicodeEscape();
            default:
                pos -= 2;
                throw error("unknown escape '\\" + c + "'");
        }
    }

    private char unicodeEscape() throws JsonException {
        if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
            pos -= 2;
            throw error("'\\u' must be followed by four hex digits");
        }
        char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
        pos += 4;
        return c;
    }

    private BigDecimal number() throws JsonException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (peek() >= '0' && peek() <= '9') {
                throw error("numbers must not start with a leading zero");
            }
        } else {
            digits("a digit");
        }
        if (peek() == '.') {
            pos++;
            digits("a digit after '.'");
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            digits("a digit in the exponent");
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start; // BigDecimal keeps its exponent in an int: 1e9999999999 is beyond it
            throw error("the number's exponent is too large to read");
        }
    }

    private void digits(String what) throws JsonException {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start) {
            throw error("unexpected " + describeCurrent() + ", expected " + what);
        }
    }

    private Object literal(String word, Object value) throws JsonException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describeCurrent() + ", expected a value");
        }
        pos += word.length();
        return value;
    }

    private void enter() throws JsonException {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw error("unexpected " + describeCurrent() + ", expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private String describeCurrent() {
        if (pos >= text.length()) {
            return "end of text";
        }
        char c = text.charAt(pos);
        return c < 0x20 || c > 0x7e ? "character U+" + String.format("%04X", (int) c) : "'" + c + "'";
    }

    private JsonException error(String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonException(message, line, pos - lineStart + 1);
    }

    /** A JSON syntax error at a 1-based line and column. */
    public static final class JsonException extends Exception {
        private final int line;
        private final int column;

        JsonException(String message, int line, int column) {
            super("line " + line + ", column " + column + ": " + message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }
}
