package de.pakt.common.problem;

import de.pakt.common.i18n.Message;

/** One invalid field of a request, as reported in a validation problem; the message is rendered per caller. */
public record FieldViolation(String field, Message message) {

    /** A violation whose text is {@code key} in the message bundle, e.g. {@code common.field.blank}. */
    public FieldViolation(String field, String key, Object... args) {
        this(field, Message.of(key, args));
    }
}
