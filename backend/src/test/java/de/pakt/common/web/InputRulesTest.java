package de.pakt.common.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared input rules on their own: which text is refused, which dates are in range, how search text is escaped. */
class InputRulesTest {

    @Test
    void controlCharactersAreRefusedButTabsLineBreaksAndEmojiAreNot() {
        assertThat(InputRules.hasForbiddenControlCharacter("Zeile eins\nZeile\tzwei\r\n🙂 Ärger ß"))
                .isFalse();
        for (String bad : new String[] {
            "a\u0000b", "\u0007", "\u001b[31m", "\u007f", "C1\u0085", "lone \ud800 high", "lone \udc00 low", "end\ud83d"
        }) {
            assertThat(InputRules.hasForbiddenControlCharacter(bad)).as(bad).isTrue();
        }
    }

    @Test
    void datesFrom1900To2199AreInRange() {
        assertThat(InputRules.dateInRange(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(InputRules.dateInRange(LocalDate.of(2199, 12, 31))).isTrue();
        assertThat(InputRules.dateInRange(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(InputRules.dateInRange(LocalDate.of(2200, 1, 1))).isFalse();
        assertThat(InputRules.dateInRange(LocalDate.MAX)).isFalse();
    }

    @Test
    void searchTextBecomesALiteralPattern() {
        assertThat(InputRules.containsPattern("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
        assertThat(InputRules.escapeLike("Meßkirch")).isEqualTo("Meßkirch");
    }
}
