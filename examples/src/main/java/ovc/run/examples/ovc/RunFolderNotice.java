package ovc.run.examples.ovc;

import ovc.run.Run;

/** Tells the person at the terminal where the current run's folder is. */
final class RunFolderNotice {

    private RunFolderNotice() {}

    /** Prints {@code Run folder: <path>} when a run is active (under the agent); nothing otherwise. */
    static void announce() {
        Run.current().ifPresent(run -> System.out.println("Run folder: " + run.directory()));
    }
}
