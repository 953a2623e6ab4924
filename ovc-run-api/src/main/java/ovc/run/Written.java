package ovc.run;

/**
 * What a {@code @RunOutput} method returns when it knows both halves of a write: with a
 * {@code ref} on the annotation the annotation's ref is recorded, otherwise this one.
 *
 * <pre>{@code
 * @RunOutput(type = "neon_table", ref = "ovc.ovc_blocks_v01_1_min")
 * Written upsert(List<Block> blocks) { ...; return Written.rows(inserted, updated); }
 * }</pre>
 *
 * @param ref what was written, or {@code null} to use the annotation's ref
 * @param rowsWritten rows written ({@code rows_written}), or {@code null} for unknown
 * @param rowsUpdated rows updated ({@code rows_updated}), or {@code null} for unknown
 */
public record Written(String ref, Long rowsWritten, Long rowsUpdated) {

    /** A write of {@code rowsWritten} rows to {@code ref}. */
    public static Written of(String ref, long rowsWritten) {
        return new Written(ref, rowsWritten, null);
    }

    /** A write of {@code rowsWritten} new and {@code rowsUpdated} changed rows to {@code ref}. */
    public static Written of(String ref, long rowsWritten, long rowsUpdated) {
        return new Written(ref, rowsWritten, rowsUpdated);
    }

    /** Counts for the ref the {@code @RunOutput} annotation names. */
    public static Written rows(long rowsWritten, long rowsUpdated) {
        return new Written(null, rowsWritten, rowsUpdated);
    }
}
