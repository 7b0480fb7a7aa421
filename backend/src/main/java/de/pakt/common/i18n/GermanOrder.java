package de.pakt.common.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in the order German readers expect ("Giengen" before "GVV Bönnigheim", "Tübingen" before "Tuttlingen"),
 * where Java sorts; the database sorts name columns with its ICU collation {@code german} (V12).
 */
public final class GermanOrder {

    private static final Collator COLLATOR = Collator.getInstance(Locale.GERMANY);

    private GermanOrder() {}

    public static Comparator<String> names() {
        return COLLATOR::compare;
    }
}
