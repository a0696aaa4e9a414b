package io.healthscore.automation;

import java.io.IOException;
import java.net.InetAddress;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;

/**
 * A webhook receiver on OkHttp's MockWebServer, on a free local port: it records every request's headers and raw
 * body when it arrives, and answers with the scripted replies in order, then with the standing one (200 unless
 * told otherwise). MockWebServer produces the failures the tests need (a status, a Retry-After, headers without
 * the body in time). Ours stay: the script with a standing reply, the record of which requests were answered 2xx
 * to the end, the receiver's HMAC check, and the wait before a slow answer. That wait is the dispatcher's, not
 * MockWebServer's headersDelay, so that {@link #close()} can cut it short: MockWebServer's close waits 5 s for a
 * delayed answer and then fails, and a test whose sender is killed mid-request leaves an answer waiting minutes.
 */
final class WebhookReceiver implements AutoCloseable {
    static final String PATH = "/hooks/healthscore";

    private final MockWebServer server = new MockWebServer();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Request> accepted = new CopyOnWriteArrayList<>();
    private volatile Reply otherwise = Reply.status(200);
    private final CountDownLatch closing = new CountDownLatch(1);

    private WebhookReceiver() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
                return answer(recorded);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
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
        return URI.create("http://127.0.0.1:" + server.getPort() + PATH);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests answered with a 2xx, written to the end: the events this receiver acted on. */
    List<Request> accepted() {
        return List.copyOf(accepted);
    }

    private MockResponse answer(RecordedRequest recorded) throws InterruptedException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        recorded.getHeaders().names().forEach(name -> headers.put(name, recorded.getHeaders().values(name)));
        byte[] body = recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
        Request request = new Request(recorded.getMethod(), recorded.getUrl().encodedPath(), headers, body);
        requests.add(request);
        Reply reply = script.poll();
        reply = reply == null ? otherwise : reply;
        if (!reply.delay().isZero()) {
            closing.await(reply.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
        MockResponse.Builder response = new MockResponse.Builder().code(reply.status())
                .bodyDelay(reply.bodyDelay().toMillis(), TimeUnit.MILLISECONDS)
                .body(new Recording(reply, request));
        if (reply.retryAfter() != null) {
            response.addHeader("Retry-After", reply.retryAfter());
        }
        return response.build();
    }

    /** The reply's body, written after the delays; once it is, a 2xx answer counts as accepted. */
    private final class Recording implements MockResponseBody {
        private final byte[] bytes;
        private final Reply reply;
        private final Request request;

        Recording(Reply reply, Request request) {
            this.bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            this.reply = reply;
            this.request = request;
        }

        @Override
        public long getContentLength() {
            return bytes.length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(bytes);
            sink.flush();
            if (reply.status() >= 200 && reply.status() < 300) {
                accepted.add(request);
            }
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
        closing.countDown();
        server.close();
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
