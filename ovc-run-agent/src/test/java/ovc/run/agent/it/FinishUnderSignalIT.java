package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;

import fixture.FinishUnderSignal;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import ovc.run.format.FolderLayout;
import ovc.run.format.RunId;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cases 5 and 6 of the trust issue and its kill loop: a signal or kill -9 while a large run is
 * finishing. The runtime writes checks.json first and run.json last, and the exit hook waits
 * (bounded) for a finish under way, so a folder is complete and valid, or shown as incomplete by
 * {@code ls} and rejected by {@code validate}: never a run that looks finished with a file missing.
 */
class FinishUnderSignalIT {

    private static final String PIPELINE = "FinishUnderSignal";
    /** Enough checks that checks.json takes a while to write (5 MB), few enough to finish well within the 5 s wait. */
    private static final int MANY = 50_000;

    @TempDir
    Path work;

    /** SIGTERM (what {@code kill}, systemd and Kubernetes send) and SIGINT (Ctrl-C), each while the run is finishing. */
    @ParameterizedTest(name = "SIG{0}")
    @EnumSource(value = Signal.class, names = {"TERM", "INT"})
    void aSignalDuringTheFinishOfARunWithManyChecksLeavesACompleteValidFolder(Signal signal) throws Exception {
        AgentProcess.Running running = AgentProcess.of(work, FinishUnderSignal.class).args(String.valueOf(MANY)).start();
        Path folder = folderOf(running);

        signalWhenChecksJsonIsBeingWritten(running, folder, signal);
        int exit = running.awaitExit();

        assertThat(exit).as("SIG" + signal + " ends the JVM with 128 + " + signal.number
                + " (unless the JVM inherited it ignored)").isEqualTo(128 + signal.number);
        OvcRunCli.Result validate = OvcRunCli.run("validate", folder.toString());
        assertThat(validate.code()).as(validate.toString()).isZero();
        RunFolder run = new RunFolder(folder);
        assertThat(run.status()).isEqualTo("success");
        assertThat(run.checksJson().path("checks")).hasSize(MANY);
        // The signal came while the run was finishing, not before: the hook waited, it did not finish the run.
        assertThat(run.check("process_terminated").isMissingNode()).isTrue();
        assertThat(temporaryFiles(folder)).isEmpty();
        assertThat(lsLine(folder)).contains(" success ");
    }

    @Test
    void killMinus9BetweenTheJsonFilesNeverLooksLikeSuccess() throws Exception {
        AgentProcess.Running running = AgentProcess.of(work, FinishUnderSignal.class).args(String.valueOf(MANY)).start();
        Path folder = folderOf(running);

        signalWhenChecksJsonIsBeingWritten(running, folder, Signal.KILL);
        running.awaitExit();

        assertThat(lsLine(folder)).contains(" incomplete ").doesNotContain("success");
        OvcRunCli.Result status = OvcRunCli.run("status", "--reports", reports().toString());
        assertThat(status.code()).as(status.toString()).isEqualTo(1);
        assertThat(status.out()).contains(PIPELINE).doesNotContain(" ok ");
        OvcRunCli.Result validate = OvcRunCli.run("validate", folder.toString());
        assertThat(validate.code()).as(validate.toString()).isEqualTo(1);
        assertThat(validate.out()).contains(folder.getFileName() + "/" + FolderLayout.RUN_JSON + ": missing");
        for (String temporary : temporaryFiles(folder)) {
            assertThat(validate.out()).contains(folder.getFileName() + "/" + temporary + ": temporary file");
        }
    }

    /**
     * Kill -9 and SIGTERM, alternately, at moments spread over the finish of a run of 100 000+
     * checks: a first run, left alone, measures how long its finish takes; then the fixture says
     * when to signal (a delay the test computes from that, counted inside the fixture from the moment
     * its pipeline returns) and the test signals on that line.
     */
    @Test
    void killsAtVariedMomentsOfALargeFinishLeaveFoldersCompleteAndValidOrVisiblyIncomplete() throws Exception {
        int rounds = 10;
        AgentProcess.Running calibration = AgentProcess.of(work, FinishUnderSignal.class).args("100000").start();
        folderOf(calibration);
        calibration.send("GO");
        assertThat(calibration.awaitLineStartingOrExit("FINISHING")).isNotNull();
        long finishing = System.nanoTime();
        assertThat(calibration.awaitExit()).isZero();
        long finishMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - finishing);
        for (int round = 0; round < rounds; round++) {
            boolean kill9 = round % 2 == 0;
            int checks = 100_000 + round * 1_000;
            // From the start of the finish to a little past its end, kill -9 and SIGTERM both spread over it.
            long delayMillis = round * finishMillis / (rounds - 2);
            AgentProcess.Running running = AgentProcess.of(work, FinishUnderSignal.class)
                    .args(String.valueOf(checks), String.valueOf(delayMillis)).start();
            folderOf(running);
            running.send("GO");
            if (running.awaitLineStartingOrExit("SIGNAL") != null) {
                (kill9 ? Signal.KILL : Signal.TERM).send(running.process());
            }
            running.awaitExit();
        }

        List<Path> folders = folders();
        assertThat(folders).hasSize(rounds + 1);
        OvcRunCli.Result ls = OvcRunCli.run("ls", "--reports", reports().toString());
        assertThat(ls.out()).doesNotContain("damaged");
        int incomplete = 0;
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            String line = lsLine(ls, name);
            OvcRunCli.Result validate = OvcRunCli.run("validate", folder.toString());
            if (line.contains(" incomplete ")) {
                assertThat(validate.code()).as(name + ": incomplete in ls, so validate rejects it\n" + validate).isEqualTo(1);
                incomplete++;
            } else {
                assertThat(validate.code()).as(name + ": complete in ls, so valid\n" + line + "\n" + validate).isZero();
                assertThat(Files.exists(folder.resolve(FolderLayout.CHECKS_JSON))).isTrue();
            }
        }
        // Which moments fell where depends on the machine; the figures go to the IT's output.
        System.out.println("kill loop: a 100 000-check finish took " + finishMillis + " ms; " + incomplete + " of "
                + rounds + " signalled runs left incomplete folders, the rest complete and valid");
    }

    private Path reports() {
        return work.resolve("reports/runs");
    }

    private Path folderOf(AgentProcess.Running running) throws InterruptedException {
        String line = running.awaitLineStartingOrExit(FolderLayout.RUN_ID_LINE_PREFIX);
        assertThat(line).as("the run announces its id").isNotNull();
        RunId runId = RunId.parse(line.substring(FolderLayout.RUN_ID_LINE_PREFIX.length()));
        assertThat(runId).isNotNull();
        assertThat(runId.pipelineId()).isEqualTo(PIPELINE);
        Path folder = reports().resolve(runId.toString());
        assertThat(folder).isDirectory();
        return folder;
    }

    /**
     * Lets the fixture run, and signals it the moment the temporary file of checks.json appears in
     * its folder: inside the finish, with the larger of the two files still being written.
     */
    private static void signalWhenChecksJsonIsBeingWritten(AgentProcess.Running running, Path folder, Signal signal)
            throws IOException, InterruptedException {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            folder.register(watch, ENTRY_CREATE);
            running.send("GO");
            while (true) {
                WatchKey key = watch.poll(60, TimeUnit.SECONDS);
                assertThat(key).as("checks.json is written within a minute").isNotNull();
                for (WatchEvent<?> event : key.pollEvents()) {
                    String name = String.valueOf(event.context());
                    if (FolderLayout.isTemporary(name) && name.startsWith("." + FolderLayout.CHECKS_JSON + ".")) {
                        signal.send(running.process());
                        return;
                    }
                }
                key.reset();
            }
        }
    }

    /** The signals a test sends to the fixture's JVM. */
    enum Signal {
        TERM(15), INT(2), KILL(9);

        final int number;

        Signal(int number) {
            this.number = number;
        }

        /** Sends this signal to {@code process} with {@code kill -<name> <pid>}; a process that has ended already is left so. */
        void send(Process process) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-" + name(), String.valueOf(process.pid()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int code = kill.waitFor();
            assertThat(code == 0 || !process.isAlive()).as("kill -" + name() + " " + process.pid() + " exit " + code).isTrue();
        }
    }

    private String lsLine(Path folder) {
        return lsLine(OvcRunCli.run("ls", "--reports", reports().toString()), folder.getFileName().toString());
    }

    private static String lsLine(OvcRunCli.Result ls, String runId) {
        assertThat(ls.code()).as(ls.toString()).isZero();
        return ls.out().lines().filter(line -> line.endsWith(runId)).findFirst()
                .orElseThrow(() -> new AssertionError(runId + " not listed by ls:\n" + ls));
    }

    private List<Path> folders() throws IOException {
        try (Stream<Path> entries = Files.list(reports())) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<String> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).filter(FolderLayout::isTemporary).toList();
        }
    }
}
