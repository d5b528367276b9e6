package io.dockyard.testing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rule for "is this CI", the same for every engine test. */
class TestEnvTest {

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "1", "yes", "woodpecker"})
    void anyOtherValueIsCi(String value) {
        assertTrue(TestEnv.isCi(value), value);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "false", "False", "0"})
    void unsetEmptyFalseOrZeroIsNotCi(String value) {
        assertFalse(TestEnv.isCi(value), String.valueOf(value));
    }
}
