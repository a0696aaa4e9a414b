package io.healthscore.automation;

/**
 * What deliveries came to: sent, left pending for a later attempt, dead-lettered, and not delivered because
 * their automation is off.
 */
public record DeliveryCounts(int sent, int retrying, int dead, int off) {
    public static final DeliveryCounts NONE = new DeliveryCounts(0, 0, 0, 0);

    public DeliveryCounts plus(DeliveryCounts other) {
        return new DeliveryCounts(sent + other.sent, retrying + other.retrying, dead + other.dead, off + other.off);
    }

    /** These counts followed by {@code later}'s, whose number waiting to retry is the one that stands. */
    public DeliveryCounts then(DeliveryCounts later) {
        return new DeliveryCounts(sent + later.sent, later.retrying, dead + later.dead, off + later.off);
    }

    public int total() {
        return sent + retrying + dead + off;
    }

    @Override
    public String toString() {
        return sent + " delivered, " + retrying + " waiting to retry, " + dead + " dead-lettered, " + off + " off";
    }
}
