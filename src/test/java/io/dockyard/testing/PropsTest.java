package io.dockyard.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The property runner itself: it runs every try, it can fail, and it reports the smallest failing input. */
class PropsTest {

    @Test
    void aPropertyThatHoldsRunsEveryTry() {
        AtomicInteger seen = new AtomicInteger();
        int tried = Props.forAll(1234, Hostile.text(), s -> seen.incrementAndGet());
        assertEquals(1234, tried);
        assertEquals(1234, seen.get());
    }

    @Test
    void aFalsePropertyFailsWithItsSmallestCounterExample() {
        AssertionError e = assertThrows(AssertionError.class, () -> Props.forAll(1000,
                Gen.strings("abcxyz:", 30), s -> assertTrue(!s.contains("x:"), "contains x:")));
        assertTrue(e.getMessage().contains("smallest failing input: \"x:\""), e.getMessage());
        assertTrue(e.getMessage().contains("-Dprops.seed="), e.getMessage());
    }

    @Test
    void listsShrinkToTheOneElementThatFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> Props.forAll(1000,
                Gen.ints(0, 100).list(0, 10), l -> assertTrue(l.stream().allMatch(i -> i < 90))));
        assertTrue(e.getMessage().contains("smallest failing input: List.of(90)"), e.getMessage());
    }

    @Test
    void anExceptionOtherThanAnAssertionIsAFailureToo() {
        AssertionError e = assertThrows(AssertionError.class, () -> Props.forAll(100, Gen.oneOfValues("1", "x"),
                Integer::parseInt));
        assertTrue(e.getCause() instanceof NumberFormatException, String.valueOf(e.getCause()));
        assertEquals("\"\\u00e9\\n\\\"\"", Props.show("é\n\""));
        assertEquals("List.of(\"a\", \"\")", Props.show(List.of("a", "")));
    }
}
