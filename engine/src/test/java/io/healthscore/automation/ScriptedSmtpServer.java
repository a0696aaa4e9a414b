package io.healthscore.automation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A real SMTP server on a free local port that answers RCPT TO and the end of DATA with given replies (or not
 * at all, when a reply is null), for the replies GreenMail does not give: 4xx and 5xx.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final String rcptReply;
    private final String dataReply;
    private final Thread thread;

    ScriptedSmtpServer(String rcptReply, String dataReply) {
        this.rcptReply = rcptReply;
        this.dataReply = dataReply;
        try {
            this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    SmtpSettings settings(Duration timeout) {
        return new SmtpSettings("mail", "127.0.0.1", socket.getLocalPort(), SmtpSettings.Security.NONE, null, null,
                "cs@healthscore.example", timeout, timeout, List.of());
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // the test closed the server, or the client hung up: wait for the next connection
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 scripted ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO", "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                case "RCPT" -> reply(out, rcptReply);
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    while (!".".equals(in.readLine())) {
                        // the message itself is of no interest
                    }
                    reply(out, dataReply);
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "502 not implemented");
            }
        }
    }

    private static void reply(PrintWriter out, String reply) {
        if (reply != null) {
            out.print(reply + "\r\n");
            out.flush();
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
            thread.join(2_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
