package ovc.run.cli.exec;

import java.util.List;

/**
 * Stops a command and everything it started. A shell running a pipeline's steps does not pass
 * SIGTERM on to its foreground child, and an orphaned child would keep the output pipes open, so
 * the signal goes to every descendant as well.
 */
final class ProcessTree {

    private ProcessTree() {}

    /** SIGTERM to the command and its descendants, the command first. */
    static void terminate(Process process) {
        List<ProcessHandle> descendants = descendants(process);
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
    }

    /** SIGKILL to the command and its descendants. */
    static void kill(Process process) {
        List<ProcessHandle> descendants = descendants(process);
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private static List<ProcessHandle> descendants(Process process) {
        try {
            // Taken before the command dies: its children are re-parented then and no longer found.
            return process.descendants().toList();
        } catch (RuntimeException unsupported) {
            return List.of();
        }
    }
}
