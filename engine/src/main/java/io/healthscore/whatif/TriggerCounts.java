package io.healthscore.whatif;

/** How often the rules in force and the candidate rules would fire one trigger. */
public record TriggerCounts(long inForce, long candidate) {
    public TriggerCounts {
        if (inForce < 0 || candidate < 0) {
            throw new IllegalArgumentException(
                    "trigger counts must be 0 or more, were " + inForce + " and " + candidate);
        }
    }

    /** Candidate minus in force: negative when the candidate would fire the trigger less often. */
    public long change() {
        return candidate - inForce;
    }
}
