package io.dockyard.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ByteSizeTest {
    @Test
    void bytesBelowOneKilobyteAreCountedExactly() {
        assertEquals("0 B", ByteSize.human(0));
        assertEquals("1 B", ByteSize.human(1));
        assertEquals("999 B", ByteSize.human(999));
    }

    @Test
    void kilobytesAreDecimalWithOneDigitBelowAHundred() {
        assertEquals("1.0 kB", ByteSize.human(1000));
        assertEquals("1.2 kB", ByteSize.human(1200), "not 1.20 kB: the same layer reads the same everywhere");
        assertEquals("1.2 kB", ByteSize.human(1249));
        assertEquals("10.0 kB", ByteSize.human(9999));
        assertEquals("10.0 kB", ByteSize.human(10_000));
        assertEquals("99.9 kB", ByteSize.human(99_900));
    }

    @Test
    void fromAHundredOnTheDecimalGoes() {
        assertEquals("100 kB", ByteSize.human(99_999), "rounds to 100, so no decimal");
        assertEquals("100 kB", ByteSize.human(100_000));
        assertEquals("999 kB", ByteSize.human(999_499));
    }

    @Test
    void theUnitStepsUpOnTheRoundedNumber() {
        assertEquals("1.0 MB", ByteSize.human(999_500));
        assertEquals("1.0 MB", ByteSize.human(999_999));
        assertEquals("1.0 MB", ByteSize.human(1_000_000));
        assertEquals("74.8 MB", ByteSize.human(74_800_000));
        assertEquals("187 MB", ByteSize.human(187_000_000));
        assertEquals("1.0 GB", ByteSize.human(999_999_999));
        assertEquals("1.5 GB", ByteSize.human(1_500_000_000L));
        assertEquals("2.5 TB", ByteSize.human(2_500_000_000_000L));
        assertEquals("9223372 TB", ByteSize.human(Long.MAX_VALUE), "TB is the largest unit");
    }

    @Test
    void aNegativeCountIsAnUnknownSize() {
        assertEquals("size unknown", ByteSize.human(-1));
        assertEquals("size unknown", ByteSize.human(Long.MIN_VALUE));
    }
}
