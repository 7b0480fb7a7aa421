package de.pakt.integration.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the change feed: the writing transaction's id and the row's position in it. Opaque to clients
 * ("c1." + base64url), so its shape may change with a new prefix.
 */
public record FeedCursor(long txid, long position) {

    public static final FeedCursor START = new FeedCursor(0, 0);

    private static final String PREFIX = "c1.";

    public String encode() {
        return PREFIX
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString((txid + ":" + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor, or empty for one this feed never handed out. */
    public static java.util.Optional<FeedCursor> decode(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.of(START);
        }
        if (!text.startsWith(PREFIX)) {
            return java.util.Optional.empty();
        }
        try {
            String[] parts = new String(
                            Base64.getUrlDecoder().decode(text.substring(PREFIX.length())), StandardCharsets.US_ASCII)
                    .split(":");
            long txid = Long.parseLong(parts[0]);
            long position = Long.parseLong(parts[1]);
            return parts.length == 2 && txid >= 0 && position >= 0
                    ? java.util.Optional.of(new FeedCursor(txid, position))
                    : java.util.Optional.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return java.util.Optional.empty();
        }
    }
}
