package org.talentbench.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The SHA-256 chain of the change log, so that a row edited or deleted outside TalentBench is detectable:
 *
 * <pre>
 * hash = lowercase hex of SHA-256( UTF-8 bytes of
 *          prev_hash + "|" + changed_at + "|" + actor + "|" + entity + "|" + entity_id + "|" + field + "|"
 *          + old_value + "|" + new_value )
 * </pre>
 *
 * where {@code prev_hash} is the {@code hash} of the row with the next-lower id ({@link #GENESIS}, 64 zeros, for the
 * first row); {@code changed_at} is the UTC timestamp formatted {@code yyyy-MM-dd'T'HH:mm:ss.SSS} (always three
 * fraction digits); {@code entity_id} is written in decimal; a {@code null} old or new value is written as the empty
 * string. Stateless and thread-safe.
 */
public final class ChangeHash {
    /** The {@code prev_hash} of the first row. */
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private ChangeHash() {
    }

    /** The timestamp as the chain stores and hashes it: truncated to milliseconds. */
    public static LocalDateTime truncate(LocalDateTime utc) {
        return utc.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The text that is hashed, exactly. */
    public static String canonical(String prevHash, LocalDateTime changedAt, String actor, String entity, long entityId,
                                   String field, String oldValue, String newValue) {
        return prevHash + "|" + STAMP.format(changedAt) + "|" + actor + "|" + entity + "|" + entityId + "|" + field
                + "|" + (oldValue == null ? "" : oldValue) + "|" + (newValue == null ? "" : newValue);
    }

    public static String of(String prevHash, LocalDateTime changedAt, String actor, String entity, long entityId,
                            String field, String oldValue, String newValue) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(canonical(prevHash, changedAt, actor, entity, entityId, field, oldValue,
                    newValue).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
