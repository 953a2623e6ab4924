package ovc.run.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ovc.run.cli.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What keeps the overview small however many runs it reads, as a person sees it on the page. */
class ReportLimitsTest {

    @TempDir
    Path dir;

    @Test
    void theOverviewListsTheNewestHundredUnfinishedFoldersAndLinksAPageOfAll() throws Exception {
        Path reports = dir.resolve("reports/runs");
        int crashed = OverviewPage.UNFINISHED_SHOWN + 5;
        for (int i = 0; i < crashed; i++) {
            String runId = String.format("20260119T12%02d%02dZ__P2-Backfill__a1b2c3d", i / 60, i % 60);
            Cli.write(reports.resolve(runId).resolve("run.log"), "RUN_ID=" + runId + "\n");
        }
        ReportCli cli = new ReportCli(dir);
        assertThat(cli.run("report").code()).isZero();

        Document overview = page("index.html");
        assertThat(overview.select(".counts").text()).contains(crashed + " incomplete");
        List<Element> shown = overview.select("tr.unfinished");
        assertThat(shown).hasSize(OverviewPage.UNFINISHED_SHOWN);
        assertThat(shown.get(0).text()).contains("20260119T120144Z__P2-Backfill__a1b2c3d");
        Element note = overview.selectFirst("p.truncated");
        assertThat(note.text()).isEqualTo("The newest 100 of 105 incomplete or damaged folders; all 105 are listed here.");
        assertThat(note.selectFirst("a").attr("href")).isEqualTo("unfinished.html");

        Document all = page("unfinished.html");
        assertThat(all.selectFirst("h1").text()).isEqualTo("105 incomplete and damaged folders");
        assertThat(all.select("tr.unfinished")).hasSize(crashed);
        assertThat(all.select("tr.unfinished").last().text()).contains("20260119T120000Z__P2-Backfill__a1b2c3d");
        assertThat(all.selectFirst("tr.unfinished a").attr("href"))
                .isEqualTo("runs/20260119T120144Z__P2-Backfill__a1b2c3d.html");
        assertThat(dir.resolve("reports/site").resolve(all.selectFirst("tr.unfinished a").attr("href"))).exists();
        assertThat(all.selectFirst("nav a").attr("href")).isEqualTo("index.html");
    }

    @Test
    void fewUnfinishedFoldersAreAllOnTheOverviewAndAnEarlierPageOfAllIsRemoved() throws Exception {
        Path reports = dir.resolve("reports/runs");
        Path site = dir.resolve("reports/site");
        Cli.write(site.resolve("unfinished.html"), "from an earlier report");
        Cli.write(reports.resolve("20260119T120000Z__P2-Backfill__a1b2c3d/run.log"), "RUN_ID=x\n");
        RunFixtures.run(reports, "20260123T060000Z", "F-Fine", Map.of("rows_match", "pass"), "RUN_ID=x\n", Map.of());
        assertThat(new ReportCli(dir).run("report").code()).isZero();

        Document overview = page("index.html");
        assertThat(overview.select("tr.unfinished")).hasSize(1);
        assertThat(overview.select("p.truncated")).isEmpty();
        assertThat(site.resolve("unfinished.html")).doesNotExist();
    }

    @Test
    void theHistoryDrawsAtMostHistoryRunsAndSaysSo() throws Exception {
        Path reports = dir.resolve("reports/runs");
        for (int day = 10; day < 16; day++) {
            RunFixtures.run(reports, "202601" + day + "T060000Z", "F-Daily", Map.of("rows_match", "pass"), "RUN_ID=x\n",
                    Map.of());
        }
        assertThat(new ReportCli(dir).run("report", "--history", "4").code()).isZero();

        Document overview = page("index.html");
        Element row = overview.selectFirst("tr.pipeline[data-pipeline=F-Daily]");
        assertThat(row.text()).contains("6 runs");
        assertThat(row.select("svg a")).extracting(mark -> mark.attr("href")).containsExactly(
                "runs/20260112T060000Z__F-Daily__0000000.html", "runs/20260113T060000Z__F-Daily__0000000.html",
                "runs/20260114T060000Z__F-Daily__0000000.html", "runs/20260115T060000Z__F-Daily__0000000.html");
        assertThat(overview.select("p.muted").first().text()).contains("History: the last 4 runs.");
    }

    private Document page(String relative) throws Exception {
        return Jsoup.parse(dir.resolve("reports/site").resolve(relative).toFile(), "UTF-8");
    }
}
