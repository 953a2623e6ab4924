package ovc.run;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records what a run read. On a parameter, the argument is recorded when the method is entered;
 * on a method, its return value is recorded when it returns (a loader). Outside a run nothing is
 * recorded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface RunInput {

    /** Lower snake_case kind of source: {@code oanda}, {@code neon_table}, {@code csv}. */
    String type();

    /** A fixed ref; when empty the argument or return value supplies it. */
    String ref() default "";

    /** The slice that was read (a date range); empty for none. */
    String range() default "";
}
