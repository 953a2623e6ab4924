package ovc.run.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person looks for in the report, read from the pages as a browser's parser reads them. */
class ReportPagesTest {

    @TempDir
    Path dir;

    private ReportCli cli;
    private Document overview;

    @BeforeEach
    void report() throws Exception {
        cli = new ReportCli(dir);
        ReportSite.write(dir.resolve("reports/runs"));
        ReportCli.Result result = cli.run("report");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("ovc-run report: read 11 runs of 7 pipelines, wrote "
                + dir.resolve("reports/site/index.html") + "\n");
        overview = page("index.html");
    }

    @Test
    void overviewHasARowPerPipelineFailingThenStaleThenOk() {
        List<String> order = overview.select("tr.pipeline").eachAttr("data-pipeline");
        assertThat(order).containsExactly("B1-DerivedC1", "C-Eval", "X-Hostile", "D-NotionSync", "D-ValidationRange",
                "P2-Backfill", "F-Flaky");
        assertThat(health("C-Eval")).isEqualTo("failing");
        assertThat(health("P2-Backfill")).isEqualTo("stale");
        assertThat(health("F-Flaky")).isEqualTo("ok");
        assertThat(row("C-Eval").text()).contains("latest: failed").contains("eval_rows_written").contains("16.4 s")
                .contains("2026-01-19T10:31:02Z");
        // As of the newest run (2026-01-25T06:00:00Z), the golden runs are 5.8 days old: past 2 days.
        assertThat(row("D-NotionSync").selectFirst(".age").text()).isEqualTo("5.9 days ago");
        assertThat(overview.select(".counts").text())
                .isEqualTo("7 pipelines 11 runs 3 failing 3 stale 1 incomplete 1 damaged");
    }

    @Test
    void statusIsAWordNotOnlyAColour() {
        for (Element badge : overview.select(".st")) {
            assertThat(badge.text()).isNotBlank();
            assertThat(badge.className()).isEqualTo("st st-" + badge.text());
        }
    }

    @Test
    void aCheckThatFlipsWithinTheHistoryIsFlaky() {
        assertThat(row("F-Flaky").select(".flaky").text()).isEqualTo("flaky: rows_match");
        assertThat(overview.select(".flaky")).hasSize(1);
    }

    @Test
    void historyDrawsOneLinkedMarkPerRunOldestFirst() {
        List<Element> marks = row("F-Flaky").select("svg a");
        assertThat(marks).extracting(mark -> mark.attr("href")).containsExactly(
                "runs/20260123T060000Z__F-Flaky__0000000.html", "runs/20260124T060000Z__F-Flaky__0000000.html",
                "runs/" + ReportSite.FLAKY_LATEST + ".html");
        assertThat(marks).extracting(mark -> mark.selectFirst("rect").className())
                .containsExactly("success", "failed", "success");
        assertThat(row("F-Flaky").selectFirst("a.latest").attr("href")).isEqualTo("runs/" + ReportSite.FLAKY_LATEST + ".html");
    }

    @Test
    void incompleteAndDamagedFoldersAreListedWithTheirPages() throws Exception {
        List<Element> rows = overview.select("tr.unfinished");
        assertThat(rows).extracting(Element::text).satisfiesExactly(
                crashed -> assertThat(crashed).contains(ReportSite.CRASHED).contains("incomplete").contains("run.json missing"),
                damaged -> assertThat(damaged).contains(ReportSite.DAMAGED).contains("damaged").contains("not valid JSON"));
        Document crashed = page("runs/" + ReportSite.CRASHED + ".html");
        assertThat(crashed.selectFirst("h1").text()).isEqualTo("P2-Backfill incomplete");
        assertThat(crashed.selectFirst("#L1").text()).isEqualTo("RUN_ID=" + ReportSite.CRASHED);
    }

    @Test
    void evidenceShowsTheValueAndLinksTheLogLine() throws Exception {
        Document run = page("runs/" + ReportSite.C_EVAL + ".html");
        Element failed = run.select("tr.check").get(1);
        assertThat(failed.selectFirst(".st").text()).isEqualTo("fail");
        assertThat(failed.select(".evidence").get(0).text()).isEqualTo("run.json:$.outputs[0].rows_written = 0");
        Element link = failed.selectFirst("a.log-line");
        assertThat(link.attr("href")).isEqualTo("#L5");
        assertThat(run.getElementById("L5").text())
                .isEqualTo("2026-01-19T10:31:02.071Z option_c: no eligible sessions for 2026-01-19, wrote 0 rows");
        assertThat(run.select("pre.log > span")).hasSize(Files.readAllLines(dir.resolve("reports/runs")
                .resolve(ReportSite.C_EVAL).resolve("run.log")).size());
        assertThat(run.select("table").first().text()).contains("trigger worker_http, worker:ovc-api, cloudflare-worker")
                .contains("git commit c4d7e2a98b1f3065d2c9e8a7b6f5041d3c2b1a09").contains("environment present DATABASE_URL")
                .contains("environment missing none");
        assertThat(run.select("h2 + table").get(2).text()).contains("reports/option_c/eval_20260119.csv");
    }

    @Test
    void artifactEvidenceLinksItsCopyInTheSiteAndSaysWhenItIsMissing() throws Exception {
        Path site = dir.resolve("reports/site/runs");
        Path original = dir.resolve("reports/runs").resolve(ReportSite.VALIDATION).resolve("artifacts/validation_report.json");
        Element artifact = page("runs/" + ReportSite.VALIDATION + ".html").selectFirst("a.artifact");
        assertThat(artifact.attr("href")).isEqualTo("../files/" + ReportSite.VALIDATION + "/artifacts/validation_report.json");
        assertThat(site.resolve(artifact.attr("href")).normalize()).hasSameBinaryContentAs(original);

        Files.delete(original);
        cli.run("report");
        Document run = page("runs/" + ReportSite.VALIDATION + ".html");
        assertThat(run.select("a.artifact")).isEmpty();
        assertThat(run.select(".evidence .missing").text()).isEqualTo("missing: no such file");
        assertThat(dir.resolve("reports/site/files")).doesNotExist();
    }

    @Test
    void hostileTextIsShownAsText() throws Exception {
        Document run = page("runs/" + ReportSite.HOSTILE + ".html");
        assertThat(run.select("img")).isEmpty();
        assertThat(run.select("script")).hasSize(1);
        assertThat(run.select("tr.check").get(1).text()).contains(ReportSite.HOSTILE_NAME);
        assertThat(run.getElementById("L2").text()).isEqualTo(ReportSite.HOSTILE_LINE);
        assertThat(run.select("pre.log > span")).hasSize(2);
    }

    @Test
    void pagesLoadNothingAndLinkOnlyWithinTheSiteOrToRunFiles() throws Exception {
        Path site = dir.resolve("reports/site");
        try (var files = Files.walk(site)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                        .startsWith("default-src 'none'; style-src 'sha256-");
                assertThat(page.select("[src], link, iframe, object, [style]")).as(file.toString()).isEmpty();
                for (Element link : page.select("a[href]")) {
                    String href = link.attr("href");
                    assertThat(href).as(file + " " + href).doesNotContain(":").doesNotStartWith("/");
                    if (!href.startsWith("#")) {
                        assertThat(file.getParent().resolve(href.replace("%7E", "~"))).as(file + " " + href).exists();
                    }
                }
            }
        }
    }

    @Test
    void theSameFoldersGiveByteIdenticalPages() throws Exception {
        ReportCli.Result again = cli.run("report", "--out", "again");
        assertThat(again.code()).isZero();
        Path first = dir.resolve("reports/site");
        Path second = dir.resolve("again");
        try (var files = Files.walk(first)) {
            List<Path> pages = files.filter(Files::isRegularFile).toList();
            assertThat(pages).hasSize(13);
            for (Path page : pages) {
                assertThat(second.resolve(first.relativize(page))).as(page.toString()).hasSameBinaryContentAs(page);
            }
        }
    }

    @Test
    void pagesOfRunsNoLongerReadAreRemoved() throws Exception {
        Path hostile = dir.resolve("reports/runs").resolve(ReportSite.HOSTILE);
        try (var files = Files.walk(hostile)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        assertThat(cli.run("report").code()).isZero();
        assertThat(dir.resolve("reports/site/runs").resolve(ReportSite.HOSTILE + ".html")).doesNotExist();
        assertThat(page("index.html").select("tr.pipeline")).hasSize(6);
    }

    @Test
    void runPagesLinkTheOverviewAndTheirNeighbours() throws Exception {
        Document middle = page("runs/20260124T060000Z__F-Flaky__0000000.html");
        assertThat(middle.select("nav a")).extracting(a -> a.text() + " " + a.attr("href")).containsExactly(
                "← overview ../index.html", "previous run 20260123T060000Z__F-Flaky__0000000.html",
                "next run " + ReportSite.FLAKY_LATEST + ".html");
        assertThat(page("runs/" + ReportSite.FLAKY_LATEST + ".html").select("nav").text()).contains("no next run");
    }

    private String health(String pipeline) {
        return row(pipeline).selectFirst(".st").text();
    }

    private Element row(String pipeline) {
        return overview.selectFirst("tr.pipeline[data-pipeline=" + pipeline + "]");
    }

    private Document page(String relative) throws Exception {
        return Jsoup.parse(dir.resolve("reports/site").resolve(relative).toFile(), "UTF-8");
    }
}
