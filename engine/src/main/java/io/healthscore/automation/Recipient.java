package io.healthscore.automation;

import io.healthscore.company.Company;
import java.util.List;
import java.util.Objects;

/**
 * Who an email goes to: the company's CSM owner or customer contact (from the companies file), or fixed
 * addresses. Written in the automations file as {@code owner}, {@code contact} or the addresses.
 */
public record Recipient(Kind kind, List<String> addresses) {
    public enum Kind { OWNER, CONTACT, ADDRESSES }

    public static final Recipient OWNER = new Recipient(Kind.OWNER, List.of());
    public static final Recipient CONTACT = new Recipient(Kind.CONTACT, List.of());

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        addresses = List.copyOf(addresses);
        if (kind == Kind.ADDRESSES && addresses.isEmpty()) {
            throw new IllegalArgumentException("addresses must not be empty");
        }
    }

    public static Recipient addresses(List<String> addresses) {
        return new Recipient(Kind.ADDRESSES, addresses);
    }

    /** The addresses for {@code company}; empty when the companies file gives none for this kind. */
    public List<String> resolve(Company company) {
        String address = switch (kind) {
            case OWNER -> company.owner();
            case CONTACT -> company.contact();
            case ADDRESSES -> null;
        };
        if (kind == Kind.ADDRESSES) {
            return addresses;
        }
        return address == null || address.isBlank() ? List.of() : List.of(address);
    }

    /** How the automations file writes it, and what a dead-letter reason calls it. */
    public String describe() {
        return switch (kind) {
            case OWNER -> "owner (the company's CSM owner email)";
            case CONTACT -> "contact (the company's customer contact email)";
            case ADDRESSES -> String.join(", ", addresses);
        };
    }
}
