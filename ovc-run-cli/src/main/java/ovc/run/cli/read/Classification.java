package ovc.run.cli.read;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ovc.run.format.FolderLayout;
import ovc.run.format.StatusRule;
import ovc.run.format.StatusWords;
import tools.jackson.databind.JsonNode;

/**
 * Decides a run folder's {@link FolderState}. The first thing wrong decides: no run.json means the
 * run never reached its commit point (incomplete); a run.json that cannot be read or has no status
 * is damaged whatever else is there; then a missing checks.json or run.log, or a temporary file left
 * over, is an interrupted finish (incomplete); then files that disagree are damaged.
 */
final class Classification {

    final FolderState state;
    final List<String> reasons;
    final List<String> temporaryFiles;

    private Classification(FolderState state, List<String> reasons, List<String> temporaryFiles) {
        this.state = state;
        this.reasons = reasons;
        this.temporaryFiles = temporaryFiles;
    }

    static Classification of(RunFolder folder) {
        List<String> temporary = temporaryFiles(folder.directory());
        RunFolder.Document run = folder.runJson();
        RunFolder.Document checks = folder.checksJson();
        if (!run.exists()) {
            return new Classification(FolderState.INCOMPLETE, List.of(FolderLayout.RUN_JSON
                    + " missing: the run is still running, or its process ended before the run finished"), temporary);
        }
        if (run.problem() != null) {
            return damaged(FolderLayout.RUN_JSON + " " + run.problem(), temporary);
        }
        String status = RunFolder.text(folder.run(), "status");
        if (!StatusWords.isRunStatus(status)) {
            return damaged(FolderLayout.RUN_JSON + " has no valid status (" + status + ")", temporary);
        }
        List<String> incomplete = new ArrayList<>();
        if (!checks.exists()) {
            incomplete.add(FolderLayout.CHECKS_JSON + " missing beside " + FolderLayout.RUN_JSON
                    + ": the run's finish did not complete");
        }
        if (!Files.isRegularFile(folder.directory().resolve(FolderLayout.RUN_LOG))) {
            incomplete.add(FolderLayout.RUN_LOG + " missing");
        }
        for (String file : temporary) {
            incomplete.add("temporary file " + file + " left by a write that never completed");
        }
        if (!incomplete.isEmpty()) {
            return new Classification(FolderState.INCOMPLETE, List.copyOf(incomplete), temporary);
        }
        if (checks.problem() != null) {
            return damaged(FolderLayout.CHECKS_JSON + " " + checks.problem(), temporary);
        }
        String disagreement = disagreement(folder, status);
        if (disagreement != null) {
            return damaged(disagreement, temporary);
        }
        return new Classification(FolderState.COMPLETE, List.of(), temporary);
    }

    /** How run.json and checks.json contradict each other, or {@code null} when they agree. */
    private static String disagreement(RunFolder folder, String status) {
        String runId = RunFolder.text(folder.run(), "run_id");
        String checksRunId = RunFolder.text(folder.checks(), "run_id");
        if (runId == null || !runId.equals(checksRunId)) {
            return FolderLayout.CHECKS_JSON + " is of run " + checksRunId + ", " + FolderLayout.RUN_JSON + " of run "
                    + runId;
        }
        int[] counts = folder.statusCounts();
        JsonNode summary = folder.checks().get("summary");
        if (summary == null || !count(summary, StatusWords.PASS, counts[0]) || !count(summary, StatusWords.FAIL, counts[1])
                || !count(summary, StatusWords.SKIP, counts[2])) {
            return FolderLayout.CHECKS_JSON + "'s summary " + summary + " does not count its checks (pass " + counts[0]
                    + ", fail " + counts[1] + ", skip " + counts[2] + ")";
        }
        if (!StatusRule.allows(status, counts[1], counts[2])) {
            return FolderLayout.RUN_JSON + "'s status " + status + " cannot follow from the checks (the checks give "
                    + StatusRule.runStatus(false, counts[1], counts[2]) + ")";
        }
        return null;
    }

    private static boolean count(JsonNode summary, String field, int expected) {
        JsonNode value = summary.get(field);
        return value != null && value.isIntegralNumber() && value.asLong() == expected;
    }

    private static Classification damaged(String reason, List<String> temporary) {
        return new Classification(FolderState.DAMAGED, List.of(reason), temporary);
    }

    private static List<String> temporaryFiles(Path directory) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (FolderLayout.isTemporary(name)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            // An unlistable folder: its files' own problems say what is wrong.
        }
        names.sort(null);
        return List.copyOf(names);
    }
}
