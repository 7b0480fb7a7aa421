package de.pakt.common.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as German users read them in messages: Europe/Berlin, "31.03.2019, 23:59 Uhr". */
public final class GermanTime {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'").withZone(BERLIN);

    private GermanTime() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
