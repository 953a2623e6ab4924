package ovc.run.agent;

import ovc.run.RunRecordingException;
import ovc.run.runtime.ActiveRun;
import ovc.run.runtime.PipelineCall;
import ovc.run.runtime.RunBinding;
import ovc.run.runtime.Setting;
import ovc.run.values.AnnotatedValues;

/**
 * The one class woven code calls. Each method hands over to the api runtime, which decides
 * everything about a run; here only the fail-open rule is kept: a failure of the instrumentation
 * prints one line and the method runs as it would without the agent. The only exceptions that
 * reach the pipeline are the documented ones, {@link MissingEnvironmentException} and, in strict
 * mode, {@link RunRecordingException}.
 *
 * <p>Public because woven code in any package calls it; not an API for pipeline authors.
 */
public final class AdviceBridge {

    private AdviceBridge() {}

    /**
     * Entering a {@code @Pipeline} method: starts (or joins) its run and records its
     * {@code @RunInput} arguments.
     *
     * @return the {@code PipelineCall} to hand back on exit, a {@link Refusal} when the body must
     *     not run, or {@code null} when the method runs unrecorded
     */
    public static Object enterPipeline(Class<?> type, String declaration, Object[] arguments) {
        PipelineCall call;
        WovenMethod site;
        try {
            site = WovenMethods.of(type, declaration);
            if (site.spec() == null) {
                return invalidDeclaration(site);
            }
            ExitHook.ensureInstalled();
            call = PipelineCall.enter(site.spec(), Agent.settings());
        } catch (Throwable e) {
            // The refusals are told apart here, not by their own catch clauses: the verifier loads
            // every caught type, and a run that is not refused should not load them.
            RuntimeException refusal = ApiExceptions.refusal(e);
            if (refusal != null) {
                return new Refusal(refusal);
            }
            AgentLog.problem("could not start a run for " + where(type, declaration) + " ("
                    + AgentLog.describe(e) + "); it runs unrecorded");
            return null;
        }
        try {
            recordArguments(site, call.run(), arguments);
        } catch (Throwable e) {
            AgentLog.problem("could not record the inputs of " + site.name() + ": " + AgentLog.describe(e));
        }
        return call;
    }

    /**
     * Leaving a {@code @Pipeline} method: records its results and finishes the run it started.
     *
     * @return what the method ends with: {@code thrown} unchanged, a refusal's exception, or (strict
     *     mode, normal return) the recording failure; {@code null} to return normally
     */
    public static Throwable exitPipeline(Object call, Class<?> type, String declaration, Object[] arguments,
            Object returned, Throwable thrown) {
        if (call instanceof Refusal refusal) {
            return refusal.exception();
        }
        if (!(call instanceof PipelineCall pipelineCall)) {
            return thrown;
        }
        if (thrown == null) {
            try {
                recordResults(WovenMethods.of(type, declaration), pipelineCall.run(), arguments, returned);
            } catch (Throwable e) {
                AgentLog.problem("could not record the outputs of " + where(type, declaration) + ": "
                        + AgentLog.describe(e));
            }
        }
        try {
            Throwable ending = pipelineCall.exit(thrown);
            RuntimeException refusal = ApiExceptions.refusal(ending);
            return refusal != null ? refusal : ending;
        } catch (Throwable e) {
            AgentLog.problem("could not finish " + pipelineCall.run() + ": " + AgentLog.describe(e));
            return thrown;
        }
    }

    /** Whether any run is active: the only cost of a woven input/output method outside a run. */
    public static boolean recording() {
        return RunBinding.anyActive();
    }

    /** Records the {@code @RunInput} arguments of a call into the current thread's run. */
    public static void recordArguments(Class<?> type, String declaration, Object[] arguments) {
        ActiveRun run = null;
        try {
            run = RunBinding.current();
            if (run != null) {
                recordArguments(WovenMethods.of(type, declaration), run, arguments);
            }
        } catch (RuntimeException e) {
            // A value the rules did not foresee (a RunRef whose ref() throws): masked, in run.log, never thrown.
            recordingFailed(run, "the inputs of " + where(type, declaration), e);
        } catch (Throwable e) {
            AgentLog.problem("could not record the inputs of " + where(type, declaration) + ": "
                    + AgentLog.describe(e));
        }
    }

    /** Records the return value and {@code @RunOutput} arguments of a call that returned normally. */
    public static void recordResults(Class<?> type, String declaration, Object[] arguments, Object returned) {
        ActiveRun run = null;
        try {
            run = RunBinding.current();
            if (run != null) {
                recordResults(WovenMethods.of(type, declaration), run, arguments, returned);
            }
        } catch (RuntimeException e) {
            // A value the rules did not foresee (a RunRef whose ref() throws): masked, in run.log, never thrown.
            recordingFailed(run, "the outputs of " + where(type, declaration), e);
        } catch (Throwable e) {
            AgentLog.problem("could not record the outputs of " + where(type, declaration) + ": "
                    + AgentLog.describe(e));
        }
    }

    private static void recordArguments(WovenMethod site, ActiveRun run, Object[] arguments) {
        for (int i = 0; i < site.parameterInputs().length && i < arguments.length; i++) {
            if (site.parameterInputs()[i] != null) {
                InputDeclaration input = site.parameterInputs()[i];
                AnnotatedValues.recordInput(run, input.type(), input.ref(), input.range(), arguments[i]);
            }
        }
    }

    private static void recordResults(WovenMethod site, ActiveRun run, Object[] arguments, Object returned) {
        if (site.input() != null) {
            InputDeclaration input = site.input();
            AnnotatedValues.recordInput(run, input.type(), input.ref(), input.range(), returned);
        }
        if (site.output() != null) {
            AnnotatedValues.recordOutput(run, site.output().type(), site.output().ref(), returned, true);
        }
        for (int i = 0; i < site.parameterOutputs().length && i < arguments.length; i++) {
            if (site.parameterOutputs()[i] != null) {
                OutputDeclaration output = site.parameterOutputs()[i];
                AnnotatedValues.recordOutput(run, output.type(), output.ref(), arguments[i], false);
            }
        }
    }

    private static void recordingFailed(ActiveRun run, String what, RuntimeException e) {
        if (run == null) {
            AgentLog.problem("could not record " + what + ": " + AgentLog.describe(e));
        } else {
            run.recordingFailed(what, e);
        }
    }

    /** {@code Type.method} for messages, even when the declaration itself is what failed. */
    private static String where(Class<?> type, String declaration) {
        return type.getName() + "." + DeclarationConstant.methodName(declaration);
    }

    private static Object invalidDeclaration(WovenMethod site) {
        if (site.invalid() == null) {
            return null;
        }
        if (Setting.STRICT.isOnInProcess(Agent.settings())) {
            return new Refusal(new RunRecordingException(site.invalid() + " (strict mode: not run)", null));
        }
        AgentLog.problem(site.invalid() + "; it runs unrecorded");
        return null;
    }
}
