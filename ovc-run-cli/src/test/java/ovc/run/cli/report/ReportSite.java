package ovc.run.cli.report;

import ovc.run.cli.Cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reports folder the report's tests read: the contract's golden runs, a crashed run (run.log
 * only), a damaged one (run.json cut short), a pipeline whose check flips between pass and fail,
 * and a run whose check name and log are hostile markup.
 */
final class ReportSite {

    static final String CRASHED = "20260119T120000Z__P2-Backfill__a1b2c3d";
    static final String DAMAGED = "20260118T120000Z__C-Eval__c4d7e2a";
    static final String HOSTILE = "20260124T080000Z__X-Hostile__0000000";
    static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_LINE = "</pre><script>alert(2)</script>";
    static final String C_EVAL = "20260119T103045Z__C-Eval__c4d7e2a";
    static final String VALIDATION = "20260119T091500Z__D-ValidationRange__5e8d41f";
    static final String FLAKY_LATEST = "20260125T060000Z__F-Flaky__0000000";

    private ReportSite() {}

    /** Writes the folders into {@code reports}. */
    static void write(Path reports) {
        Cli.copyGoldenRuns(reports);
        Cli.write(reports.resolve(CRASHED).resolve("run.log"), "RUN_ID=" + CRASHED + "\n");
        Cli.write(reports.resolve(DAMAGED).resolve("run.json"), "{\"run_id\": ");
        String log = "RUN_ID=x\nrows: 42\ndone\n";
        RunFixtures.run(reports, "20260123T060000Z", "F-Flaky", checks("rows_match", "pass"), log, Map.of());
        RunFixtures.run(reports, "20260124T060000Z", "F-Flaky", checks("rows_match", "fail"), log, Map.of());
        RunFixtures.run(reports, "20260125T060000Z", "F-Flaky", checks("rows_match", "pass"), log, Map.of());
        RunFixtures.run(reports, "20260124T080000Z", "X-Hostile", checks("hostile", "fail"),
                "RUN_ID=" + HOSTILE + "\n" + HOSTILE_LINE + "\n", Map.of("hostile", HOSTILE_NAME));
    }

    private static Map<String, String> checks(String id, String status) {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("required_env_present", "pass");
        checks.put(id, status);
        return checks;
    }
}
