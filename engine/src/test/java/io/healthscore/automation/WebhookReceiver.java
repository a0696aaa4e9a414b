package io.healthscore.automation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP server (the JDK's) on a free local port, standing in for a webhook receiver: it records every
 * request's headers and raw body, and answers with the scripted replies in order, then with the standing one
 * (200 unless told otherwise). Each request is recorded when it arrives, before any scripted delay.
 */
final class WebhookReceiver implements AutoCloseable {
    static final String PATH = "/hooks/healthscore";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Request> accepted = new CopyOnWriteArrayList<>();
    private volatile Reply otherwise = Reply.status(200);

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the webhook receiver", e);
        }
    }

    /** Answers the next requests with {@code replies}, one each, in order. */
    WebhookReceiver answer(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Answers every request past the script with {@code reply}. */
    WebhookReceiver always(Reply reply) {
        otherwise = reply;
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests answered with a 2xx: the events this receiver acted on. */
    List<Request> accepted() {
        return List.copyOf(accepted);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                    in.readAllBytes());
            requests.add(request);
            Reply reply = script.poll();
            reply = reply == null ? otherwise : reply;
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            if (reply.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.flush();
                    Thread.sleep(reply.bodyDelay().toMillis());
                    out.write(body);
                }
            }
            if (reply.status() >= 200 && reply.status() < 300) {
                accepted.add(request);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up waiting (a timeout test): nobody is left to answer
        }
    }

    /** What a receiver does: recompute the HMAC over the bytes received and compare in constant time. */
    static boolean verifies(byte[] body, String header, String secret) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of().parseHex(header.substring("sha256=".length()));
            return MessageDigest.isEqual(expected, given);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /**
     * One scripted answer: a status, how long to wait before giving it, a Retry-After value, a body and how long
     * to stall between the headers and the body.
     */
    record Reply(int status, Duration delay, String retryAfter, String body, Duration bodyDelay) {
        static Reply status(int status) {
            return new Reply(status, Duration.ZERO, null, "", Duration.ZERO);
        }

        Reply after(Duration wait) {
            return new Reply(status, wait, retryAfter, body, bodyDelay);
        }

        Reply retryAfter(String value) {
            return new Reply(status, delay, value, body, bodyDelay);
        }

        Reply body(String text) {
            return new Reply(status, delay, retryAfter, text, bodyDelay);
        }

        /** Sends the headers at once and {@code text} only after {@code wait}. */
        Reply bodyAfter(String text, Duration wait) {
            return new Reply(status, delay, retryAfter, text, wait);
        }
    }

    /** What the receiver got: method, path, headers (names case-insensitive) and the raw body. */
    record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        /** The header's only value, or null when it was not sent. */
        String header(String name) {
            List<String> values = headers.getOrDefault(name, List.of());
            if (values.size() > 1) {
                throw new AssertionError("header " + name + " sent " + values.size() + " times: " + values);
            }
            return values.isEmpty() ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        static List<String> eventIds(List<Request> requests) {
            List<String> ids = new ArrayList<>();
            requests.forEach(request -> ids.add(request.header(WebhookChannel.EVENT_HEADER)));
            return ids;
        }
    }
}
