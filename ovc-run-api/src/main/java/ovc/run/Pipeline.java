package ovc.run;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a pipeline entry point: under the ovc-run agent every call starts a run on
 * entry and finishes it on exit, however the method ends, leaving
 * {@code reports/runs/<run_id>/{run.json,checks.json,run.log}}.
 *
 * <pre>{@code
 * @Pipeline(id = "P2-Backfill", version = "0.1.0", requiredEnv = {"OANDA_API_TOKEN", "NEON_DSN|DATABASE_URL"})
 * public static void main(String[] args) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Pipeline {

    /** The pipeline id: letters, digits and {@code -}, at most 64 characters ({@code P2-Backfill}). */
    String id();

    /** The pipeline's semantic version ({@code 0.1.0}). */
    String version();

    /**
     * Environment variables the run cannot do without. Unset or empty counts as missing; an entry
     * {@code A|B} is satisfied by either. When one is missing the run is recorded as failed and the
     * method body does not run.
     */
    String[] requiredEnv() default {};
}
