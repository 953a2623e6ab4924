package ovc.run.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 9 of the trust issue: the launcher's AppCDS archive is code the JVM maps, so its cache is
 * used only when the folder and the archive belong to this user and no one else can write them.
 * An untrusted archive is detected as passed or not with {@code -Xshare:on}: the JVM refuses to
 * start on a garbage archive it is given, and starts on its own default archive otherwise.
 */
@Timeout(120)
class LauncherCacheIT {

    private static final Path LAUNCHER = Path.of("bin", "ovc-run").toAbsolutePath();
    private static final int STRANGER = 65534;

    @TempDir
    Path work;

    @Test
    void aFreshCacheIsCreatedOwnerOnlyAndItsArchiveToo() throws Exception {
        Path xdg = work.resolve("xdg");
        String archive = trainedArchiveName(xdg);

        assertThat(permissions(xdg)).isEqualTo("rwx------");
        assertThat(permissions(xdg.resolve("ovc-run"))).isEqualTo("rwx------");
        assertThat(permissions(xdg.resolve("ovc-run").resolve(archive))).isEqualTo("rw-------");
        Result repeat = launch(xdg, "-Xshare:on");
        assertThat(repeat.code()).as(repeat.toString()).isZero();
        assertThat(repeat.err()).doesNotContain("launcher:");
    }

    @Test
    void aCacheFolderOpenToOthersIsNeitherReadNorWritten() throws Exception {
        String archive = trainedArchiveName(work.resolve("trained"));
        Path xdg = Files.createDirectories(work.resolve("open/ovc-run")).getParent();
        Files.setPosixFilePermissions(xdg.resolve("ovc-run"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Path planted = plant(xdg.resolve("ovc-run").resolve(archive));

        assertUntrusted(xdg, planted, "is not a folder of this user writable by no one else");
    }

    @Test
    void aCacheFolderOfAnotherUserIsNeitherReadNorWritten() throws Exception {
        assumeThat(isRoot()).as("only root can give a folder to another uid; run as root to test this").isTrue();
        String archive = trainedArchiveName(work.resolve("trained"));
        Path xdg = Files.createDirectories(work.resolve("theirs/ovc-run")).getParent();
        Path planted = plant(xdg.resolve("ovc-run").resolve(archive));
        for (Path path : List.of(planted, xdg.resolve("ovc-run"), xdg)) {
            Files.setAttribute(path, "unix:uid", STRANGER);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxrwxrwx" : "rw-rw-rw-"));
        }

        assertUntrusted(xdg, planted, "is not a folder of this user writable by no one else");
    }

    @Test
    void anArchiveOpenToOthersOwnedByAnotherUserOrALinkIsNotRead() throws Exception {
        String archive = trainedArchiveName(work.resolve("trained"));
        Path open = plant(Files.createDirectories(work.resolve("open-file/ovc-run")).resolve(archive));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertUntrusted(work.resolve("open-file"), open, "not a file of this user writable by no one else");

        Path elsewhere = plant(work.resolve("garbage.jsa"));
        Path link = Files.createSymbolicLink(Files.createDirectories(work.resolve("link/ovc-run")).resolve(archive), elsewhere);
        assertUntrusted(work.resolve("link"), link, "not a file of this user writable by no one else");

        if (isRoot()) {
            Path theirs = plant(Files.createDirectories(work.resolve("their-file/ovc-run")).resolve(archive));
            Files.setAttribute(theirs, "unix:uid", STRANGER);
            assertUntrusted(work.resolve("their-file"), theirs, "not a file of this user writable by no one else");
        }
    }

    @Test
    void withNeitherXdgCacheHomeNorHomeThereIsNoCache() throws Exception {
        ProcessBuilder builder = launcher(null, "-Xshare:on");
        builder.environment().remove("HOME");
        Result result = run(builder);

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.err()).contains("AppCDS archive cache off: neither XDG_CACHE_HOME nor HOME is set");
    }

    /** Runs the launcher on {@code xdg}, waits for the archive its background training writes, returns its name. */
    private String trainedArchiveName(Path xdg) throws Exception {
        Result first = launch(xdg, "");
        assertThat(first.code()).as(first.toString()).isZero();
        Path cache = xdg.resolve("ovc-run");
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            cache.register(watch, ENTRY_CREATE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (archives(cache).isEmpty()) {
                assertThat(System.nanoTime()).as("no archive appeared in " + cache).isLessThan(deadline);
                var key = watch.poll(1, TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
        return archives(cache).get(0);
    }

    private void assertUntrusted(Path xdg, Path planted, String reason) throws Exception {
        byte[] before = Files.readAllBytes(planted);
        List<String> namesBefore = names(planted.getParent());

        Result result = launch(xdg, "-Xshare:on");

        assertThat(result.code()).as("the planted archive is not passed to the JVM\n" + result).isZero();
        assertThat(result.out()).startsWith("ovc-run ");
        assertThat(result.err()).as(result.toString()).contains("[ovc-run] launcher: ").contains(reason);
        assertThat(Files.readAllBytes(planted)).isEqualTo(before);
        assertThat(names(planted.getParent())).as("nothing is trained into it").isEqualTo(namesBefore);
    }

    private static Path plant(Path file) throws Exception {
        return Files.write(file, "not an archive, someone else's code".getBytes(StandardCharsets.UTF_8));
    }

    private Result launch(Path xdg, String javaOpts) throws Exception {
        return run(launcher(xdg, javaOpts));
    }

    private ProcessBuilder launcher(Path xdg, String javaOpts) {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "--version").directory(work.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("OVC_RUN_DEBUG", "true");
        builder.environment().put("JAVA_OPTS", javaOpts);
        builder.environment().remove("OVC_RUN_CDS");
        if (xdg == null) {
            builder.environment().remove("XDG_CACHE_HOME");
        } else {
            builder.environment().put("XDG_CACHE_HOME", xdg.toString());
        }
        return builder;
    }

    private Result run(ProcessBuilder builder) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int code, String out, String err) {}

    private static List<String> archives(Path cache) throws Exception {
        return names(cache).stream().filter(name -> name.endsWith(".jsa")).toList();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
