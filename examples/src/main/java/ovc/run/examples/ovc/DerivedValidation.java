package ovc.run.examples.ovc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ovc.run.CheckStatus;
import ovc.run.Run;
import ovc.run.RunInfo;
import ovc.run.json.CanonicalJson;

/**
 * Validates the derived rows of a date range against their blocks: every block has its features,
 * and every feature row obeys the C1 rules. Writes a JSON report into the run's {@code artifacts/}
 * and points the checks' evidence at it. Shared by B2-DerivedValidation and D-ValidationHarness.
 */
public final class DerivedValidation {

    private DerivedValidation() {}

    /**
     * Validates {@code range}.
     *
     * @param reportName file name of the report under {@code artifacts/}
     * @return whether every check passed (false also when there was nothing to validate)
     */
    public static boolean validate(Connection connection, DateRange range, String reportName)
            throws SQLException, IOException {
        Run.input("neon_table", OvcSchema.DERIVED, range.toString());
        Run.input("neon_table", OvcSchema.BLOCKS, range.toString());
        List<Block> blocks = BlockStore.read(connection, range);
        List<DerivedFeatures> rows = DerivedStore.read(connection, range);

        Set<String> derivedKeys = new HashSet<>();
        List<Map<String, Object>> invalid = new ArrayList<>();
        for (DerivedFeatures row : rows) {
            derivedKeys.add(row.instrument() + "@" + row.start());
            if (!row.problems().isEmpty()) {
                invalid.add(Map.of("instrument", row.instrument(), "block_start", row.start().toString(),
                        "problems", row.problems()));
            }
        }
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, Integer>> blocksPerDay = new TreeMap<>();
        for (Block block : blocks) {
            if (!derivedKeys.contains(block.instrument() + "@" + block.start())) {
                missing.add(block.instrument() + "@" + block.start());
            }
            LocalDate day = block.start().atOffset(ZoneOffset.UTC).toLocalDate();
            blocksPerDay.computeIfAbsent(block.instrument(), i -> new TreeMap<>()).merge(day.toString(), 1, Integer::sum);
        }

        Map<String, Object> report = new TreeMap<>();
        report.put("range", range.toString());
        report.put("blocks", blocks.size());
        report.put("derived_rows", rows.size());
        report.put("blocks_per_day", blocksPerDay);
        report.put("missing_derived", missing);
        report.put("invalid_rows", invalid);
        String reportRef = writeReport(reportName, report);
        int line = Run.log("Validated " + range + ": " + blocks.size() + " blocks, " + rows.size() + " derived rows, "
                + missing.size() + " missing, " + invalid.size() + " invalid");

        if (blocks.isEmpty()) {
            Run.check("derived_rows_complete", "No blocks in " + range + " to validate", CheckStatus.SKIP,
                    "run.log:line:" + line);
            return false;
        }
        String[] evidence = reportRef == null ? new String[] {"run.log:line:" + line} : new String[] {reportRef};
        Run.check("derived_rows_complete", "Every block in " + range + " has C1 features",
                missing.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL, evidence);
        Run.check("derived_rows_valid", "Every C1 row obeys range = body + wicks",
                invalid.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL, evidence);
        return missing.isEmpty() && invalid.isEmpty();
    }

    /** Writes the report under the run's artifacts/; outside a run, prints it. Returns the evidence. */
    private static String writeReport(String name, Map<String, Object> report) throws IOException {
        String json = CanonicalJson.write(report);
        RunInfo run = Run.current().orElse(null);
        if (run == null) {
            System.out.print(json);
            return null;
        }
        Path file = run.artifact(name);
        Files.writeString(file, json);
        String ref = "artifacts/" + name;
        Run.output("artifact", ref);
        return ref;
    }
}
