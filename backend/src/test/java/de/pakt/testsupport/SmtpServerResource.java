package de.pakt.testsupport;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server for the whole test run (GreenMail, in the test JVM on a free port): notification tests send
 * through it and read what it received ({@link #server()}).
 */
public class SmtpServerResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        useJakartaMailHandlers();
        port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * The contract validator brings the old javax mail API along (for the {@code email} format), whose mailcap names
     * handlers of the javax activation API that is not there; GreenMail parses what it receives with the jakarta
     * handlers named here first.
     */
    public static void useJakartaMailHandlers() {
        jakarta.activation.MailcapCommandMap map = new jakarta.activation.MailcapCommandMap();
        for (String[] handler : new String[][] {
            {"text/plain", "text_plain"},
            {"text/html", "text_html"},
            {"text/xml", "text_xml"},
            {"multipart/*", "multipart_mixed"},
            {"message/rfc822", "message_rfc822"}
        }) {
            map.addMailcap(handler[0] + ";; x-java-content-handler=org.eclipse.angus.mail.handlers." + handler[1]);
        }
        jakarta.activation.CommandMap.setDefaultCommandMap(map);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The running server (tests purge it before they act). */
    public static GreenMail server() {
        return server;
    }

    /** Stops the server, so that sends fail as when the mail relay is down; {@link #restart()} brings it back. */
    public static synchronized void outage() {
        server.stop();
    }

    public static synchronized void restart() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }
}
