package ovc.run.openlineage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The OpenLineage {@code runId} of a run: a version 7 UUID whose time part is the start the run_id
 * names (to the second, as the run_id has it) and whose other 74 bits come from the SHA-256 of the
 * run_id. The same run always gets the same UUID, live or exported again from its folder.
 */
public final class RunUuid {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private RunUuid() {}

    /** The UUID of the run called {@code runId}. */
    public static UUID of(String runId) {
        long millis = LocalDateTime.parse(runId.substring(0, 16), COMPACT).toInstant(ZoneOffset.UTC).toEpochMilli();
        byte[] hash = sha256(runId);
        long high = (millis << 16) | 0x7000L | ((hash[0] & 0x0fL) << 8) | (hash[1] & 0xffL);
        long low = 0;
        for (int i = 2; i < 10; i++) {
            low = (low << 8) | (hash[i] & 0xffL);
        }
        low = (low & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
