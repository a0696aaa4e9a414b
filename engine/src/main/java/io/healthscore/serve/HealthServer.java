package io.healthscore.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.healthscore.HealthscoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The liveness signal of {@code serve}: {@code GET /health} answers 200 with a JSON status while the scheduler
 * runs and the store answers, 503 otherwise. Bound to loopback unless configured otherwise.
 */
final class HealthServer implements AutoCloseable {
    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    static HealthServer start(String address, int port, Supplier<Health> health) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 8);
            server.createContext("/health", exchange -> answer(exchange, health.get()));
            server.start();
            return new HealthServer(server);
        } catch (IOException e) {
            throw new HealthscoreException("cannot listen for /health on " + address + ":" + port + ": " + e.getMessage()
                    + "; set serve.health-port to a free port (0 picks one)", e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, Health health) throws IOException {
        byte[] body = (health.json() + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        int status = !"GET".equals(exchange.getRequestMethod()) ? 405 : health.up() ? 200 : 503;
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
