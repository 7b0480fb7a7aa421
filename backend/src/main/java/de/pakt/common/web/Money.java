package de.pakt.common.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Euro amounts from cents the way German users read them: "40.000 €", "1.234,56 €". */
public final class Money {

    private Money() {}

    public static String euro(long cents) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        int digits = cents % 100 == 0 ? 0 : 2;
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(cents / 100.0);
    }
}
