package ovc.run.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ovc.run.format.CheckState;
import ovc.run.artifact.CheckEntry;
import ovc.run.artifact.EnvReport;
import ovc.run.artifact.GitInfo;
import ovc.run.artifact.RunFacts;
import ovc.run.artifact.Secrets;
import ovc.run.artifact.TriggerInfo;

/**
 * What {@code debug=true} prints: each recording decision of a run, one {@code [ovc-run] debug:}
 * line on stderr apiece — which settings applied and from where, which folder was claimed, how the
 * trigger and commit were found, which variables are masked (names only, never a value), and why the
 * run ended with its status. Loaded only when debugging: a run without it never touches this class.
 */
final class RunDebug {

    private RunDebug() {}

    /** The decisions of a run's start. */
    static void started(ActiveRun run, RunConfig config, TriggerInfo trigger, GitInfo git, EnvReport required,
            Secrets secrets) {
        for (String origin : config.origins()) {
            say(run, secrets, "setting " + origin);
        }
        say(run, secrets, run.isRecorded() ? "claimed folder " + run.directory() : "no folder (see the warning above): unrecorded");
        Map<String, String> env = run.environment().env();
        say(run, secrets, "trigger " + trigger.type() + " " + trigger.source() + " " + trigger.actor() + " ("
                + (config.triggerType() != null || config.triggerSource() != null || config.triggerActor() != null
                        ? "configured" : RunEnvironment.inGithubActions(env) ? "detected: GITHUB_ACTIONS=true" : "detected: local")
                + ")");
        say(run, secrets, "git " + git.sha7() + " " + git.ref() + " ("
                + GitResolver.origin(env, run.environment().workingDirectory(), git) + ")");
        say(run, secrets, "required variables present " + required.present() + ", missing " + required.missing());
        TreeSet<String> masked = new TreeSet<>();
        for (String name : env.keySet()) {
            if (secrets.masksValueOf(name, env.get(name))) {
                masked.add(name);
            }
        }
        say(run, secrets, "masking the values of " + masked.size() + " variable(s): " + String.join(", ", masked));
        if (run.parent() != null) {
            say(run, secrets, "nested in run " + run.parent().runId() + " (recorded there as an output of type run)");
        }
    }

    /** Why a run ended with the status it has. */
    static void finished(ActiveRun run, RunFacts facts, boolean failedByError) {
        List<String> failing = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (CheckEntry check : facts.checks()) {
            if (check.status() == CheckState.FAIL) {
                failing.add(check.id());
            } else if (check.status() == CheckState.SKIP) {
                skipped.add(check.id());
            }
        }
        String why;
        if (failedByError) {
            why = "an exception ended the run";
        } else if (!failing.isEmpty()) {
            why = "failing checks " + failing;
        } else if (!skipped.isEmpty()) {
            why = "skipped checks " + skipped;
        } else {
            why = "no check failed or was skipped";
        }
        String status = facts.status().word();
        say(run, Secrets.none(), "status " + status + ": " + why + "; " + facts.checks().size() + " check(s), " + facts.inputs().size()
                + " input(s), " + facts.outputs().size() + " output(s)");
    }

    private static void say(ActiveRun run, Secrets secrets, String decision) {
        // Masked like every other line that names a run's values: a setting could hold a secret.
        run.environment().err().println("[ovc-run] debug: " + run.runId() + ": " + secrets.mask(decision));
    }
}
