package io.healthscore.testhelper;

import com.icegreen.greenmail.util.GreenMail;
import io.healthscore.automation.SmtpSettings;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a free local port, for one test. */
public final class MailServer implements AutoCloseable {
    public static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final boolean tls;

    private MailServer(String protocol) {
        this.tls = protocol.equals(ServerSetup.PROTOCOL_SMTPS);
        this.greenMail = new GreenMail(new ServerSetup(0, HOST, protocol).dynamicPort());
        greenMail.start();
    }

    /** Plain SMTP; accepts any sender and recipient, and AUTH for users added with {@link #user}. */
    public static MailServer smtp() {
        return new MailServer(ServerSetup.PROTOCOL_SMTP);
    }

    /** SMTP over TLS from the first byte, with GreenMail's self-signed certificate. */
    public static MailServer smtps() {
        return new MailServer(ServerSetup.PROTOCOL_SMTPS);
    }

    public MailServer user(String login, String password) {
        greenMail.setUser(login + "@example.com", login, password);
        return this;
    }

    public int port() {
        return (tls ? greenMail.getSmtps() : greenMail.getSmtp()).getPort();
    }

    public SmtpSettings settings() {
        return settings(SmtpSettings.Security.NONE, null, null, List.of());
    }

    public SmtpSettings settings(SmtpSettings.Security security, String username, String password, List<String> trust) {
        return new SmtpSettings("mail", HOST, port(), security, username, password,
                "Customer Success <cs@healthscore.example>", Duration.ofSeconds(5), Duration.ofSeconds(5), trust);
    }

    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
