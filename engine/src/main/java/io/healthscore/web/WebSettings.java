package io.healthscore.web;

import java.time.Duration;

/**
 * The listener of {@code serve}: {@code /health}, {@code /metrics}, the API and the console, on loopback unless
 * configured otherwise. {@code maxBody} caps a request body; {@code secureCookies} marks the session cookie Secure,
 * for a console behind a TLS reverse proxy.
 */
public record WebSettings(String address, int port, long maxBody, Duration sessionTimeout, boolean secureCookies) {
}
