package ovc.run.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Gives each test of the annotated class (or the annotated test) its own temporary reports folder
 * and a {@link Runs} parameter to assert the runs it recorded:
 *
 * <pre>{@code
 * @RecordedRuns
 * class DailyOrdersTest {
 *     @Test
 *     void loadsEveryOrder(Runs runs) {
 *         DailyOrders.main(new String[0]);
 *
 *         runs.only()
 *             .assertStatus(RunStatus.SUCCESS)
 *             .assertCheck("rows_loaded", CheckStatus.PASS)
 *             .assertOutput("table", "orders", 3);
 *     }
 * }
 * }</pre>
 *
 * <p>It works for {@code RunWriter} code and, when the tests run under the agent ({@code -javaagent}
 * in surefire's or failsafe's {@code argLine}), for {@code @Pipeline} methods: while a test runs, the
 * system property {@code ovc.run.reports} names its folder. An agent option {@code reports=...} wins
 * over that property, so leave it out of the test JVM's agent options. The property is the JVM's, so
 * with JUnit's parallel execution on these tests take its system-properties lock and run one at a
 * time (with each other and with any other test that takes it); the rest stay parallel.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RecordedRunsExtension.class)
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ_WRITE)
public @interface RecordedRuns {}
