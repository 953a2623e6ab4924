package ovc.run.cli.exec;

import java.util.List;

/**
 * Receives complete lines of a command's output, in order, one batch per read. An element may hold
 * several lines separated by {@code \n} (or {@code \r\n}); its last line has no line break after it.
 */
@FunctionalInterface
interface LineSink {

    /** Takes {@code lines}; the list is reused after the call returns. */
    void lines(List<String> lines);

    /**
     * Where a line too long to hold may be cut (see {@code ActiveRun.cutPoint}): the text before the
     * returned index is one line, the rest starts the next. By default at the end.
     */
    default int cutPoint(String text) {
        return text.length();
    }
}
