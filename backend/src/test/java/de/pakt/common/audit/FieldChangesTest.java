package de.pakt.common.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldChangesTest {

    @Test
    void anAmountWithAnotherScaleIsNoChange() {
        List<BigDecimal> applied = new ArrayList<>();
        FieldChanges changes =
                new FieldChanges().set("target", new BigDecimal("10.00"), new BigDecimal("10"), applied::add);
        assertTrue(changes.isEmpty());
        assertTrue(applied.isEmpty());
    }

    @Test
    void onlyFieldsWithNewValuesAreNamedAndApplied() {
        List<Object> applied = new ArrayList<>();
        FieldChanges changes = new FieldChanges()
                .set("target", new BigDecimal("10.00"), new BigDecimal("10.5"), applied::add)
                .set("title", "Sprachcafé", "Sprachcafé", applied::add)
                .set("unit", null, "Personen", applied::add);
        assertEquals(List.of("target", "unit"), changes.names());
        assertEquals(List.of(new BigDecimal("10.5"), "Personen"), applied);
    }
}
