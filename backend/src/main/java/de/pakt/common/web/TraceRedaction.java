package de.pakt.common.web;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps personal data and secrets out of exported traces, as out of the logs: the caller's address, the query string
 * (a search term may be a name) and a calendar feed's path, which is its secret (ADR 0005). The HTTP instrumentation
 * records them when a span starts; Quarkus runs every {@link SpanProcessor} bean right after, before any export.
 */
@ApplicationScoped
public class TraceRedaction implements SpanProcessor {

    static final String REDACTED = "redacted";
    private static final String FEED_PREFIX = "/api/v1/calendar/feeds/";
    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    private static final AttributeKey<String> CLIENT_ADDRESS = AttributeKey.stringKey("client.address");
    private static final AttributeKey<String> PEER_ADDRESS = AttributeKey.stringKey("network.peer.address");

    @Override
    public void onStart(Context parent, ReadWriteSpan span) {
        for (AttributeKey<String> key : new AttributeKey[] {URL_QUERY, URL_FULL, CLIENT_ADDRESS, PEER_ADDRESS}) {
            if (span.getAttribute(key) != null) {
                span.setAttribute(key, REDACTED);
            }
        }
        String path = span.getAttribute(URL_PATH);
        if (path != null && path.startsWith(FEED_PREFIX)) {
            span.setAttribute(URL_PATH, FEED_PREFIX + REDACTED);
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
        return false;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
