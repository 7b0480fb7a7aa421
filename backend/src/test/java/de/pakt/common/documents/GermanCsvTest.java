package de.pakt.common.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text cell that a spreadsheet would run as a formula is written as text; numbers stay numbers. */
class GermanCsvTest {

    @Test
    void formulaLikeTextGetsAnApostropheAndNothingElseChanges() {
        for (String formula : new String[] {"=1+1", "+49 711", "-2", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(GermanCsv.neutralise(formula)).isEqualTo("'" + formula);
        }
        for (String plain : new String[] {"", "Meßkirch", "1=1", " =leading space", "'quoted"}) {
            assertThat(GermanCsv.neutralise(plain)).isEqualTo(plain);
        }
    }

    @Test
    void aFileHasABomSemicolonsAndNeutralisedTextCellsOnly() {
        byte[] csv = GermanCsv.write(
                List.of("Titel", "Betrag"),
                List.of(List.of(GermanCsv.Cell.text("=HYPERLINK(\"x\")"), GermanCsv.Cell.formatted("-250,00"))));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTitel;Betrag\r\n");
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\";-250,00");
    }
}
