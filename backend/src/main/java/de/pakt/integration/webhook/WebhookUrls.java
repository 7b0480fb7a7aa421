package de.pakt.integration.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import de.pakt.common.config.PaktConfig;
import de.pakt.common.i18n.Message;
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

    /**
     * Why Pakt will not deliver to this URL (a field message, rendered in the caller's language; its
     * {@code toString()} is the German text stored with a delivery). {@code lasting} is false when the name merely
     * did not resolve just now (a resolver outage must not give up deliveries).
     */
    public record Refusal(Message reason, boolean lasting) {}

    public Optional<Message> refusal(String url) {
        return check(url).map(Refusal::reason);
    }

    public Optional<Refusal> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return lasting(Message.of("integration.url.invalid"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return lasting(Message.of("integration.url.notHttps"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return lasting(Message.of("integration.url.noHost"));
        }
        if (uri.getUserInfo() != null) {
            return lasting(Message.of("integration.url.credentials"));
        }
        if (uri.getFragment() != null) {
            return lasting(Message.of("integration.url.fragment"));
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of(new Refusal(Message.of("integration.url.unresolvable", uri.getHost()), false));
        }
        boolean allLoopback = true;
        for (InetAddress address : addresses) {
            if (isForbidden(address)) {
                return lasting(Message.of("integration.url.internal", address.getHostAddress()));
            }
            // Any loopback address among several counts: a name must not mix this machine with others.
            if (address.isLoopbackAddress() && !config.webhooks().allowLoopback()) {
                return lasting(Message.of("integration.url.loopback"));
            }
            allLoopback &= address.isLoopbackAddress();
        }
        if (scheme.equals("http") && !allLoopback) {
            return lasting(Message.of("integration.url.httpOnlyLoopback"));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> lasting(Message reason) {
        return Optional.of(new Refusal(reason, true));
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
            boolean zeros = true;
            for (int i = 0; i < 10; i++) {
                zeros &= b[i] == 0;
            }
            // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) embed an IPv4
            // address that must pass the same check.
            boolean mapped = zeros && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
            boolean compatible = zeros && b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
            for (int i = 4; nat64 && i < 12; i++) {
                nat64 = b[i] == 0;
            }
            if (mapped || compatible || nat64) {
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
