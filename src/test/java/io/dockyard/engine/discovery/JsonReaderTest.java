package io.dockyard.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {

    @Test
    void readsTheShapeOfADockerContextMetaFile() throws Exception {
        Object json = JsonReader.parse("{\"Name\":\"prod\",\"Metadata\":{},"
                + "\"Endpoints\":{\"docker\":{\"Host\":\"tcp://10.0.0.5:2376\",\"SkipTLSVerify\":false}}}");
        Map<?, ?> docker = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) json).get("Endpoints")).get("docker");
        assertEquals("prod", ((Map<?, ?>) json).get("Name"));
        assertEquals("tcp://10.0.0.5:2376", docker.get("Host"));
        assertEquals(Boolean.FALSE, docker.get("SkipTLSVerify"));
        assertEquals(Map.of(), ((Map<?, ?>) json).get("Metadata"));
    }

    @Test
    void readsArraysLiteralsAndWhitespace() throws Exception {
        Object json = JsonReader.parse(" \n\t[ true , false , null , [ ] , { } , \"\" ]\r\n");
        assertEquals(Arrays.asList(true, false, null, List.of(), Map.of(), ""), json);
    }

    @Test
    void decodesEveryEscape() throws Exception {
        assertEquals("q\" b\\ s/ \b\f\n\r\t é ☃",
                JsonReader.parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\u2603\""));
        assertEquals("😀", JsonReader.parse("\"\\ud83d\\ude00\""));
        assertEquals("ünï", JsonReader.parse("\"ünï\""));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "-12, -12", "3.25, 3.25", "1e3, 1E+3", "-0.5E-2, -0.005", "2E+2, 2E+2"})
    void readsNumbers(String text, String expected) throws Exception {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) JsonReader.parse(text)));
    }

    @Test
    void aRepeatedKeyKeepsItsLastValueAndNullIsAValue() throws Exception {
        Map<?, ?> map = (Map<?, ?>) JsonReader.parse("{\"a\":1,\"a\":2,\"n\":null}");
        assertEquals(new BigDecimal(2), map.get("a"));
        assertTrue(map.containsKey("n"));
        assertNull(map.get("n"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                        | 1 | 1 | unexpected end of text, expected a value",
        "`{\"a\":1,}`              | 1 | 8 | expected a string key",
        "`[1,]`                    | 1 | 4 | unexpected ']', expected a value",
        "`{\"a\" 1}`               | 1 | 6 | expected ':'",
        "`{\"a\":1`                | 1 | 7 | end of text, expected ',' or '}'",
        "`[1 2]`                   | 1 | 4 | expected ',' or ']'",
        "`\"abc`                   | 1 | 1 | string is never closed",
        "`\"a\\x\"`                | 1 | 3 | unknown escape '\\x'",
        "`\"\\u12G4\"`             | 1 | 2 | four hex digits",
        "`01`                      | 1 | 2 | leading zero",
        "`-`                       | 1 | 2 | expected a digit",
        "`1.`                      | 1 | 3 | expected a digit after '.'",
        "`1e`                      | 1 | 3 | expected a digit in the exponent",
        "`tru`                     | 1 | 1 | expected a value",
        "`{} x`                    | 1 | 4 | after the end of the JSON value",
        "`'single'`                | 1 | 1 | unexpected ''', expected a value",
        "`{\"a\":\n  [1,\n   x]}`  | 3 | 4 | unexpected 'x', expected a value",
    })
    void reportsWhereAndWhatIsWrong(String text, int line, int column, String message) {
        JsonReader.JsonException e = assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse(text));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ", column " + column + ": "), e.getMessage());
    }

    /** Found by DiscoveryProperties: BigDecimal threw NumberFormatException ("Exponent overflow"). */
    @Test
    void refusesANumberWhoseExponentIsBeyondReachWithWhereItIs() {
        JsonReader.JsonException e = assertThrows(JsonReader.JsonException.class,
                () -> JsonReader.parse("{\"a\":\n 1e9999999999}"));
        assertEquals("line 2, column 2: the number's exponent is too large to read", e.getMessage());
        assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse("[-1E-2147483649]"));
    }

    @Test
    void refusesARawControlCharacterInAString() {
        JsonReader.JsonException e = assertThrows(JsonReader.JsonException.class,
                () -> JsonReader.parse("\"a\tb\""));
        assertTrue(e.getMessage().contains("control character U+0009"), e.getMessage());
        assertEquals(3, e.column());
    }

    @Test
    void refusesNestingDeepEnoughToExhaustTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        JsonReader.JsonException e = assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse(deep));
        assertTrue(e.getMessage().contains("nested deeper than"), e.getMessage());
    }

    @Test
    void acceptsNestingWithinTheLimit() throws Exception {
        String ok = "[".repeat(100) + "]".repeat(100);
        assertTrue(JsonReader.parse(ok) instanceof List);
    }
}
