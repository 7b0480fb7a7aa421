package de.pakt.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Content-Disposition for downloads (RFC 6266): an ASCII name for old clients and the real UTF-8 name for all others. */
public final class Attachments {

    private Attachments() {}

    public static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(
                        fileName.replace("ß", "ss")
                                .replace("Ä", "Ae")
                                .replace("Ö", "Oe")
                                .replace("Ü", "Ue")
                                .replace("ä", "ae")
                                .replace("ö", "oe")
                                .replace("ü", "ue"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
