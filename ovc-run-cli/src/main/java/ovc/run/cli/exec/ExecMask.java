package ovc.run.cli.exec;

import java.util.ArrayList;
import java.util.List;
import ovc.run.artifact.Secrets;
import ovc.run.runtime.ActiveRun;

/**
 * Masks what exec writes into a run from its command line and its child: the run's secrets (its
 * variables) and the credentials found in the command's arguments ({@link CredentialArguments}).
 * A value is masked in each form it takes before it is transformed, so shell quoting or copying
 * cannot hide it from the mask.
 */
public final class ExecMask {

    private final ActiveRun run;
    private final Secrets arguments;

    private ExecMask(ActiveRun run, Secrets arguments) {
        this.run = run;
        this.arguments = arguments;
    }

    /** The mask of {@code run} running {@code argv}. */
    public static ExecMask of(ActiveRun run, List<String> argv) {
        return new ExecMask(run, CredentialArguments.in(argv));
    }

    /**
     * The command line as it is shown in the run (the {@code command} input, run.log): each word
     * masked, then shell-quoted, then the whole masked again.
     */
    public String commandText(List<String> argv) {
        List<String> words = new ArrayList<>(argv.size());
        for (String word : argv) {
            words.add(mask(word));
        }
        return mask(CommandText.join(words));
    }

    /** {@code text} with the run's secrets and the argument credentials masked. */
    String mask(String text) {
        // The run's secrets first: a variable's value may contain an argument's, never be cut by it.
        return maskArguments(run.mask(text));
    }

    /**
     * {@code text} with only the argument credentials masked: for text that the run masks again
     * itself (run.log lines, check names), so its secrets are not searched for twice.
     */
    String maskArguments(String text) {
        return arguments == Secrets.none() ? text : arguments.mask(text);
    }
}
