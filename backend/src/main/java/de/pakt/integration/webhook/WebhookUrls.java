package de.pakt.integration.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import de.pakt.common.config.PaktConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which URLs Pakt will POST to. HTTPS only (plain HTTP only to loopback, and loopback only where
 * {@code pakt.webhooks.allow-loopback} is on: local development and tests). Never to an address that is link-local
 * (169.254.0.0/16 with the cloud metadata service, fe80::/10), a metadata address (fd00:ec2::254), multicast or
 * unspecified: a subscription must not turn Pakt into a proxy into its own network. Checked when a subscription is
 * saved and again before every delivery (the name may resolve differently by then).
 */
@ApplicationScoped
public class WebhookUrls {

    @Inject
    PaktConfig config;

    /** Why this URL is refused (German, for the field message), or empty if Pakt may deliver to it. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("ist keine gültige URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("muss mit https:// beginnen");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("nennt keinen Host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("darf keine Zugangsdaten enthalten");
        }
        if (uri.getFragment() != null) {
            return Optional.of("darf kein Fragment (#…) enthalten");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("Der Host " + uri.getHost() + " ist nicht auflösbar");
        }
        boolean allLoopback = true;
        for (InetAddress address : addresses) {
            if (isForbidden(address)) {
                return Optional.of(
                        "zeigt auf eine interne Adresse (" + address.getHostAddress() + "), an die Pakt nicht sendet");
            }
            allLoopback &= address.isLoopbackAddress();
        }
        if (allLoopback && !config.webhooks().allowLoopback()) {
            return Optional.of("zeigt auf diesen Rechner (loopback); das ist nur in der lokalen Entwicklung erlaubt");
        }
        if (scheme.equals("http") && !allLoopback) {
            return Optional.of("muss mit https:// beginnen (http nur für loopback in der Entwicklung)");
        }
        return Optional.empty();
    }

    static boolean isForbidden(InetAddress address) {
        if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // fd00:ec2::254 (AWS metadata over IPv6) and IPv4-mapped forms of the forbidden IPv4 ranges.
            if (address.getHostAddress().equalsIgnoreCase("fd00:ec2:0:0:0:0:0:254")) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
                try {
                    return isForbidden(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        // 100.100.100.200 (Alibaba metadata); 169.254/16 is link-local above.
        return (b[0] & 0xff) == 100 && (b[1] & 0xff) == 100 && (b[2] & 0xff) == 100 && (b[3] & 0xff) == 200;
    }
}
