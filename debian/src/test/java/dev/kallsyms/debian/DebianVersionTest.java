package dev.kallsyms.debian;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DebianVersionTest {
    @ParameterizedTest
    @CsvSource({
        "6.1.176-1, 6.1.190-1",
        "6.1.9-1, 6.1.10-1",
        "6.12.107-1~deb12u1, 6.12.107-1",
        "6.12.94-1, 6.12.107-1~deb12u1",
        "1.0~rc1, 1.0",
        "1.0, 1.0a",
        "1.0-1, 1:0.1-1",
        "5.10.218-1, 5.10.223-1",
    })
    void ordersLikeDpkg(String older, String newer) {
        assertTrue(DebianVersion.ORDER.compare(older, newer) < 0, older + " < " + newer);
        assertTrue(DebianVersion.ORDER.compare(newer, older) > 0, newer + " > " + older);
        assertTrue(DebianVersion.ORDER.compare(newer, newer) == 0);
    }
}
