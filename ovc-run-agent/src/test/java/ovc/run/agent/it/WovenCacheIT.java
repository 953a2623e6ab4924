package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import fixture.Plain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repeat run is woven from the cache, without Byte Buddy and without the JCA providers; an
 * untrusted cache is not used and a damaged entry is not loaded.
 */
class WovenCacheIT {

    @TempDir
    Path work;

    @Test
    void repeatRunIsServedFromTheCacheAndRecordsTheSame() throws Exception {
        String options = "debug=true,cache=" + work.resolve("cache");
        Path classes = work.resolve("classes-loaded.txt");
        AgentProcess.Result first = AgentProcess.of(work, Plain.class).agentOptions(options).run();
        AgentProcess.Result second = AgentProcess.of(work, Plain.class).agentOptions(options)
                .jvmOption("-Xlog:class+load=info:file=" + classes).run();

        assertThat(first.stderr()).contains("woven fixture.Plain with Byte Buddy");
        assertThat(second.stderr()).contains("woven fixture.Plain from cache").doesNotContain("with Byte Buddy");
        assertThat(second.stdout()).contains("hello");
        assertThat(Files.readString(classes)).as("a cache hit loads neither Byte Buddy nor the JCA providers")
                .contains(" ovc.run.agent.WovenCache ")
                .doesNotContain("bytebuddy", " java.security.MessageDigest ", " java.security.SecureRandom ",
                        " sun.security.jca.Providers ");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).hasSize(2)
                .allSatisfy(run -> assertThat(run.status()).isEqualTo("success"));
    }

    @Test
    void anotherBuildOfTheAgentJarDoesNotReuseTheEntries() throws Exception {
        Path jar = Files.copy(AgentProcess.AGENT_JAR, work.resolve("ovc-run-agent.jar"));
        String options = "debug=true,cache=" + work.resolve("cache");
        AgentProcess.Result first = AgentProcess.of(work, Plain.class).agentJar(jar).agentOptions(options).run();
        AgentProcess.Result repeat = AgentProcess.of(work, Plain.class).agentJar(jar).agentOptions(options).run();
        // A rebuilt jar: same path and modification time, the content of one entry changed.
        FileTime modified = Files.getLastModifiedTime(jar);
        rebuild(jar);
        Files.setLastModifiedTime(jar, modified);
        AgentProcess.Result rebuilt = AgentProcess.of(work, Plain.class).agentJar(jar).agentOptions(options).run();

        assertThat(first.stderr()).contains("woven fixture.Plain with Byte Buddy");
        assertThat(repeat.stderr()).contains("woven fixture.Plain from cache");
        assertThat(rebuilt.stderr()).as("the jar's identity is part of every entry's fingerprint")
                .contains("woven fixture.Plain with Byte Buddy").doesNotContain("from cache");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).hasSize(3)
                .allSatisfy(run -> assertThat(run.status()).isEqualTo("success"));
    }

    @Test
    void theSameJarElsewhereReusesTheEntriesAsAnImageOnAnotherHostDoes() throws Exception {
        String options = "debug=true,cache=" + work.resolve("cache");
        Path here = Files.copy(AgentProcess.AGENT_JAR, work.resolve("here.jar"));
        AgentProcess.Result first = AgentProcess.of(work, Plain.class).agentJar(here).agentOptions(options).run();
        // The same bytes as another file: another path, inode and modification time.
        Path elsewhere = Files.copy(here, Files.createDirectories(work.resolve("elsewhere")).resolve("agent.jar"));
        Files.setLastModifiedTime(elsewhere, FileTime.fromMillis(Files.getLastModifiedTime(here).toMillis() - 3_600_000));
        AgentProcess.Result moved = AgentProcess.of(work, Plain.class).agentJar(elsewhere).agentOptions(options).run();
        AgentProcess.Result again = AgentProcess.of(work, Plain.class).agentJar(elsewhere).agentOptions(options).run();

        assertThat(first.stderr()).contains("woven fixture.Plain with Byte Buddy");
        assertThat(moved.stderr()).as(moved.toString()).contains("woven fixture.Plain from cache").doesNotContain("with Byte Buddy");
        assertThat(again.stderr()).contains("woven fixture.Plain from cache");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).hasSize(3)
                .allSatisfy(run -> assertThat(run.status()).isEqualTo("success"));
    }

    /** Rewrites {@code jar} with the content of one entry (its manifest) changed, as a rebuild does. */
    private static void rebuild(Path jar) throws Exception {
        Path rebuilt = jar.resolveSibling("rebuilt.jar");
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rebuilt))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("META-INF/MANIFEST.MF")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replace("Manifest-Version: 1.0", "Manifest-Version: 1.1")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                copy.setMethod(entry.getMethod());
                if (entry.getMethod() == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(rebuilt, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void damagedEntriesAreWovenAgainAndThePipelineStillRecords() throws Exception {
        Path cache = work.resolve("cache");
        String options = "debug=true,cache=" + cache;
        AgentProcess.Result first = AgentProcess.of(work, Plain.class).agentOptions(options).run();
        assertThat(first.stderr()).contains("woven fixture.Plain with Byte Buddy");
        List<Path> entries = entries(cache);
        assertThat(entries).isNotEmpty();
        for (Path entry : entries) {
            // The last byte before the CRC: the woven code itself (or its length, when there is none).
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length - 5] ^= 0x20;
            Files.write(entry, bytes);
        }

        AgentProcess.Result second = AgentProcess.of(work, Plain.class).agentOptions(options).run();
        AgentProcess.Result third = AgentProcess.of(work, Plain.class).agentOptions(options).run();

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.stdout()).contains("hello");
        assertThat(second.stderr()).as("the damaged entry is not loaded").contains("woven fixture.Plain with Byte Buddy")
                .doesNotContain("from cache");
        assertThat(third.stderr()).as("and was replaced by a good one").contains("woven fixture.Plain from cache");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).hasSize(3)
                .allSatisfy(run -> assertThat(run.status()).isEqualTo("success"));
    }

    @Test
    void cacheFolderOpenToOthersIsNotUsedAndThePipelineStillRecords() throws Exception {
        Path open = Files.createDirectory(work.resolve("open-cache"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertSkippedWithOneDebugLine(open, "open to others (777)");
    }

    @Test
    void cacheFolderOfAnotherUserIsNotUsedAndThePipelineStillRecords() throws Exception {
        assumeThat(System.getProperty("user.name")).as("only root can give a folder to another uid; run as root to test this")
                .isEqualTo("root");
        Path theirs = Files.createDirectory(work.resolve("their-cache"));
        Files.setAttribute(theirs, "unix:uid", 65534);
        Files.setPosixFilePermissions(theirs, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertSkippedWithOneDebugLine(theirs, "belongs to");
    }

    @Test
    void aDefaultCacheFolderThatCannotBeWrittenIsSkippedQuietly() {
        // A home this user cannot write, as a container's HOME=/ is for a non-root user.
        AgentProcess.Result plain = AgentProcess.of(work, Plain.class).defaultCache()
                .env("XDG_CACHE_HOME", "/proc/no-cache").run();
        AgentProcess.Result debug = AgentProcess.of(work, Plain.class).defaultCache().agentOptions("debug=true")
                .env("XDG_CACHE_HOME", "/proc/no-cache").run();

        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(plain.stderr()).as("nothing is wrong with the run").doesNotContain("woven class cache");
        assertThat(debug.stderr().lines().filter(line -> line.contains("woven class cache off")))
                .singleElement().asString().contains("/proc/no-cache", "OVC_RUN_CACHE");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).hasSize(2)
                .allSatisfy(run -> assertThat(run.status()).isEqualTo("success"));
    }

    @Test
    void aNamedCacheFolderThatCannotBeWrittenIsSaidOnce() {
        AgentProcess.Result result = AgentProcess.of(work, Plain.class).agentOptions("cache=/proc/no-cache/woven").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr().lines().filter(line -> line.contains("woven class cache off")))
                .singleElement().asString().contains("/proc/no-cache", "cache=off");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).singleElement()
                .satisfies(run -> assertThat(run.status()).isEqualTo("success"));
    }

    /** Without debug not a word (nothing is wrong with the run); with debug one line; nothing written either way. */
    private void assertSkippedWithOneDebugLine(Path folder, String reason) throws Exception {
        AgentProcess.Result quiet = AgentProcess.of(work, Plain.class).agentOptions("cache=" + folder).run();
        AgentProcess.Result debug = AgentProcess.of(work, Plain.class).agentOptions("debug=true,cache=" + folder).run();

        assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
        assertThat(quiet.stderr()).as(quiet.toString()).doesNotContain("woven class cache");
        assertThat(debug.exitCode()).as(debug.toString()).isZero();
        assertThat(debug.stderr().lines().filter(line -> line.contains("woven class cache off")))
                .singleElement().asString().contains(reason).startsWith("[ovc-run] agent: ");
        assertThat(debug.stderr()).contains("woven fixture.Plain with Byte Buddy");
        assertThat(FixtureRunFolders.all(work.resolve("reports/runs"))).hasSize(2)
                .allSatisfy(run -> assertThat(run.status()).isEqualTo("success"));
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    private static List<Path> entries(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".ovcw")).toList();
        }
    }
}
