package ovc.run.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ovc.run.cli.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run read through two {@code --reports} folders (a CI artifact downloaded twice, a folder
 * copied) is one run on the site; two different folders of one name are both shown.
 */
class ReportCopiesTest {

    @TempDir
    Path dir;

    private Path first;
    private Path second;

    @BeforeEach
    void folders() {
        first = dir.resolve("job-1");
        second = dir.resolve("job-2");
        ReportSite.write(first);
    }

    @Test
    void identicalCopiesUnderAnotherReportsFolderAreReadOnce() throws Exception {
        copy(ReportSite.C_EVAL);
        copy(ReportSite.CRASHED);
        copy(ReportSite.DAMAGED);
        copy(ReportSite.FLAKY_LATEST);
        RunFixtures.run(second, "20260126T060000Z", "F-Flaky", Map.of("rows_match", "pass"), "RUN_ID=x\n", Map.of());

        ReportCli.Result result = report();

        assertThat(result.out()).isEqualTo("ovc-run report: read 12 runs (4 identical copies under other --reports"
                + " folders skipped) of 7 pipelines, wrote " + dir.resolve("site/index.html") + "\n");
        assertThat(pages()).hasSize(12).noneMatch(page -> page.endsWith("-2.html"));
        Document overview = page("index.html");
        assertThat(overview.select(".counts").text())
                .isEqualTo("7 pipelines 12 runs 3 failing 3 stale 1 incomplete 1 damaged");
        assertThat(overview.select("tr.unfinished")).hasSize(2);
        assertThat(row(overview, "C-Eval").selectFirst("td .muted").text()).isEqualTo("2 runs");
        assertThat(row(overview, "F-Flaky").select("svg a")).extracting(mark -> mark.attr("href")).containsExactly(
                "runs/20260123T060000Z__F-Flaky__0000000.html", "runs/20260124T060000Z__F-Flaky__0000000.html",
                "runs/" + ReportSite.FLAKY_LATEST + ".html", "runs/20260126T060000Z__F-Flaky__0000000.html");
        assertThat(page("runs/" + ReportSite.FLAKY_LATEST + ".html").select("nav a").eachAttr("href"))
                .containsExactly("../index.html", "20260124T060000Z__F-Flaky__0000000.html",
                        "20260126T060000Z__F-Flaky__0000000.html");
    }

    @Test
    void sameNamedFoldersThatDifferAreBothKept() throws Exception {
        // Same sizes, different bytes: the sizes alone must not decide.
        replace(copy(ReportSite.C_EVAL).resolve("run.json"), "\"rows_written\": 0", "\"rows_written\": 7");
        replace(copy(ReportSite.VALIDATION).resolve("checks.json"), "\"pass\"", "\"fail\"");
        Cli.write(copy(ReportSite.CRASHED).resolve("run.log"), "RUN_ID=" + ReportSite.CRASHED + "\nkilled later\n");
        copy(ReportSite.FLAKY_LATEST);

        ReportCli.Result result = report();

        assertThat(result.out()).isEqualTo("ovc-run report: read 14 runs (1 identical copy under another --reports"
                + " folder skipped) of 7 pipelines, wrote " + dir.resolve("site/index.html") + "\n");
        assertThat(pages()).hasSize(14).filteredOn(page -> page.endsWith("-2.html")).containsExactlyInAnyOrder(
                ReportSite.C_EVAL + "-2.html", ReportSite.VALIDATION + "-2.html", ReportSite.CRASHED + "-2.html");
        assertThat(page("runs/" + ReportSite.C_EVAL + ".html").select(".evidence").get(0).text())
                .isEqualTo("run.json:$.outputs[0].rows_written = 0");
        assertThat(page("runs/" + ReportSite.C_EVAL + "-2.html").select(".evidence").get(0).text())
                .isEqualTo("run.json:$.outputs[0].rows_written = 7");
        assertThat(page("runs/" + ReportSite.CRASHED + "-2.html").getElementById("L2").text()).isEqualTo("killed later");
        assertThat(page("index.html").select(".counts").text()).contains("14 runs").contains("2 incomplete");
    }

    private ReportCli.Result report() {
        ReportCli.Result result = new ReportCli(dir).run("report", "--reports", first.toString(), "--reports",
                second.toString(), "--out", "site");
        assertThat(result.code()).as(result.err()).isZero();
        return result;
    }

    /** Copies the run folder {@code name} from the first reports folder to the second. */
    private Path copy(String name) {
        Path from = first.resolve(name);
        Path to = second.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    private static void replace(Path file, String text, String by) {
        String before = Cli.read(file);
        assertThat(before).contains(text);
        Cli.write(file, before.replace(text, by));
    }

    private List<String> pages() throws IOException {
        try (Stream<Path> pages = Files.list(dir.resolve("site/runs"))) {
            return pages.map(page -> page.getFileName().toString()).sorted().toList();
        }
    }

    private static org.jsoup.nodes.Element row(Document overview, String pipeline) {
        return overview.selectFirst("tr.pipeline[data-pipeline=" + pipeline + "]");
    }

    private Document page(String relative) throws Exception {
        return Jsoup.parse(dir.resolve("site").resolve(relative).toFile(), "UTF-8");
    }
}
