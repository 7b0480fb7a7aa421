package de.pakt.common.web;

import de.pakt.common.i18n.Messages;

/** Euro amounts from cents the way German users read them: "40.000 €", "1.234,56 €" (documents, CSV, logs). */
public final class Money {

    private Money() {}

    public static String euro(long cents) {
        return Messages.euros(cents, Messages.GERMAN);
    }
}
