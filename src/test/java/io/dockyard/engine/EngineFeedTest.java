package io.dockyard.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parts of the feed that need no engine. */
class EngineFeedTest {

    @Test
    void sinceIsSecondsDotNineDigitsOfNanoseconds() {
        assertEquals("1764244800.123456789", DockerEngineClient.sinceText(Instant.ofEpochSecond(1_764_244_800L, 123_456_789)));
        assertEquals("1764244800.000000005", DockerEngineClient.sinceText(Instant.ofEpochSecond(1_764_244_800L, 5)));
        assertEquals("1764244800.000000000", DockerEngineClient.sinceText(Instant.ofEpochSecond(1_764_244_800L)));
        assertEquals("0.000000000", DockerEngineClient.sinceText(Instant.EPOCH));
    }

    @Test
    void sinceDoesNotDependOnTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG")); // Arabic-Indic digits
            assertEquals("1764244800.000000042", DockerEngineClient.sinceText(Instant.ofEpochSecond(1_764_244_800L, 42)));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
