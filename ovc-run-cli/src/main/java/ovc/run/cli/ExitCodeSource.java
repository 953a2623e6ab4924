package ovc.run.cli;

import ovc.run.format.RunState;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code exec --exit-code} makes ovc-run's exit code follow. */
enum ExitCodeSource {
    /** The command's exit code, whatever the run's status. */
    COMMAND,
    /** The command's exit code, but 1 when it is 0 and the run is recorded {@code failed}. */
    RUN;

    /** ovc-run's exit code for a command that exited with {@code command} in a run that ended {@code status}. */
    int exitCode(int command, RunState status) {
        return this == RUN && command == 0 && status == RunState.FAILED ? 1 : command;
    }

    /** The option's words, {@code command} and {@code run}, lower case as everywhere on the command line. */
    static final class Converter implements ITypeConverter<ExitCodeSource> {
        @Override
        public ExitCodeSource convert(String value) {
            switch (value) {
                case "command":
                    return COMMAND;
                case "run":
                    return RUN;
                default:
                    throw new TypeConversionException("'" + value + "' is not command or run");
            }
        }
    }
}
