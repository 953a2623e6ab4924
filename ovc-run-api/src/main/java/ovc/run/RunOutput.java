package ovc.run;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records what a run wrote. On a method, the return value is recorded when it returns: with a
 * {@code ref}, a returned {@code int}/{@code long} becomes {@code rows_written}; without one, the
 * return value is the ref. On a parameter, the argument is recorded when the method returns
 * normally.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface RunOutput {

    /** Lower snake_case kind of target: {@code neon_table}, {@code file}, {@code notion_page}. */
    String type();

    /** A fixed ref; when empty the return value or argument supplies it. */
    String ref() default "";
}
