package ovc.run.processor;

import java.util.Locale;

/**
 * The stable tag that starts every diagnostic, e.g. {@code [ovc-run:pipeline-id]}: users search for
 * it, build logs are grepped for it, and {@code @SuppressWarnings("ovc-run:<tag>")} names it.
 */
enum Tag {
    PIPELINE_ID,
    PIPELINE_VERSION,
    PIPELINE_DUPLICATE,
    PIPELINE_PLACEMENT,
    REQUIRED_ENV,
    REQUIRED_ENV_DUPLICATE,
    IO_TYPE,
    IO_TYPE_NEAR_MISS,
    IO_NOTHING_TO_RECORD,
    IO_REF_TYPE,
    IO_REF,
    CHECK_ID,
    CHECK_NAME,
    CHECK_EVIDENCE,
    CATALOG,
    OPTION,
    INTERNAL;

    /** {@code ovc-run:pipeline-id}: the name used in {@code @SuppressWarnings}. */
    final String key = "ovc-run:" + name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** {@code [ovc-run:pipeline-id]}: how a message starts. */
    final String text = "[" + key + "]";
}
