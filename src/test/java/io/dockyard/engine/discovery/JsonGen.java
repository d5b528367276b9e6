package io.dockyard.engine.discovery;

import io.dockyard.testing.Gen;
import io.dockyard.testing.Hostile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** JSON values (as {@link JsonReader} returns them), their text, and damaged JSON text. */
final class JsonGen {
    private static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "3.25", "1e3", "1E-7", "-2.5e+10",
            "2147483648", "99999999999999999999999999", "0.000001");
    private static final List<String> BAD_NUMBERS = List.of("1e9999999999", "1e-9999999999", "-1E+2147483648",
            "01", "1.", ".5", "-", "1e", "+1", "0x10", "NaN", "Infinity", "1_000");

    private JsonGen() {
    }

    /** A value nested at most {@code depth} levels. */
    static Gen<Object> values(int depth) {
        return Gen.of(r -> value(r, depth));
    }

    private static Object value(Random r, int depth) {
        switch (r.nextInt(depth > 0 ? 7 : 5)) {
            case 0: return null;
            case 1: return r.nextBoolean();
            case 2: return new BigDecimal(NUMBERS.get(r.nextInt(NUMBERS.size())));
            case 3:
            case 4: return Hostile.text().filter(s -> s.length() < 300).next(r);
            case 5: {
                List<Object> list = new ArrayList<>();
                for (int n = r.nextInt(4); n > 0; n--) {
                    list.add(value(r, depth - 1));
                }
                return list;
            }
            default: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int n = r.nextInt(4); n > 0; n--) {
                    map.put(Hostile.specialChars().next(r), value(r, depth - 1));
                }
                return map;
            }
        }
    }

    /** JSON text for a value; strings escaped the several ways the RFC allows. */
    static String write(Object value, Random r) {
        if (value == null || value instanceof Boolean || value instanceof BigDecimal) {
            return String.valueOf(value);
        }
        if (value instanceof String s) {
            return string(s, r);
        }
        StringBuilder b = new StringBuilder();
        String space = r.nextInt(4) == 0 ? " \n\t" : "";
        if (value instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : "," + space).append(write(list.get(i), r));
            }
            return b.append(space).append(']').toString();
        }
        b.append('{');
        int i = 0;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            b.append(i++ == 0 ? "" : ",").append(space).append(string((String) e.getKey(), r)).append(space)
                    .append(':').append(write(e.getValue(), r));
        }
        return b.append('}').toString();
    }

    static String string(String s, Random r) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || r.nextInt(10) == 0) {
                b.append(String.format(r.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** JSON text as a broken file holds it: cut short, a character lost or added, numbers past range, deep nesting. */
    static Gen<String> damaged(Gen<String> text) {
        return Gen.of(r -> {
            String t = text.next(r);
            switch (r.nextInt(7)) {
                case 0: return t.substring(0, r.nextInt(t.length() + 1));
                case 1: {
                    int at = r.nextInt(t.length() + 1);
                    return t.substring(0, at) + Hostile.specialChars().next(r) + t.substring(at);
                }
                case 2: {
                    int at = r.nextInt(Math.max(1, t.length()));
                    return t.isEmpty() ? t : t.substring(0, at) + t.substring(at + 1);
                }
                case 3: return t.replaceFirst("[0-9]+(\\.[0-9]+)?", BAD_NUMBERS.get(r.nextInt(BAD_NUMBERS.size())));
                case 4: {
                    int n = 150 + r.nextInt(20_000);
                    String open = r.nextBoolean() ? "[" : "{\"a\":";
                    return open.repeat(n) + (r.nextBoolean() ? "1" : "") + (open.equals("[") ? "]" : "}").repeat(n);
                }
                case 5: return t + Hostile.text().next(r);
                default: return Hostile.text().next(r);
            }
        });
    }
}
