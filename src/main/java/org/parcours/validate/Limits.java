package org.parcours.validate;

/**
 * Bounds for untrusted packages, so that a zip bomb costs a finding instead of the machine's memory or disk.
 * {@code ratioFloor} is the size below which an entry's compression ratio is not judged: small text files
 * legitimately compress a lot.
 */
public record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio, long ratioFloor) {

    /** Generous for real courses (video included), far below what would hurt a CI machine. */
    public static Limits defaults() {
        return new Limits(20_000, 2L << 30, 1L << 30, 100, 1L << 20);
    }
}
