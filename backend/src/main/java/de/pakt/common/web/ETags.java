package de.pakt.common.web;

import de.pakt.common.i18n.Message;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: the ETag is the entity's version; a change must name the version it was
 * made on in If-Match. A missing If-Match never reaches this class (the generated interfaces declare it
 * required, and the problem mapper answers 428).
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 412 unless {@code ifMatch} names {@code currentVersion} (or is {@code *}). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, Message.of("common.request.ifMatchMissing"));
        }
        String expected = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || unquote(tag).equals(expected)) {
                return;
            }
        }
        throw new ProblemException(
                ProblemType.PRECONDITION_FAILED, Message.of("common.request.changedMeanwhile", expected));
    }

    private static String unquote(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
