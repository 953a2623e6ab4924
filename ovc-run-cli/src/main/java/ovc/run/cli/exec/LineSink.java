package ovc.run.cli.exec;

import java.util.List;

/** Receives complete lines of a command's output, in order, one batch per read. */
@FunctionalInterface
interface LineSink {

    /** Takes {@code lines}; the list is reused after the call returns. */
    void lines(List<String> lines);
}
