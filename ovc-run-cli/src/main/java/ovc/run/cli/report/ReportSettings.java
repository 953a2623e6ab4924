package ovc.run.cli.report;

import java.time.Instant;

/**
 * What shapes a report besides its folders.
 *
 * @param title the overview's heading and every page's title
 * @param staleDays a pipeline whose latest finished run is older than this is stale
 * @param history how many of each pipeline's newest runs the overview draws and checks for flakiness
 * @param asOf the time ages are measured to; {@code null}: the newest run's, so the same folders
 *     give the same pages
 */
public record ReportSettings(String title, double staleDays, int history, Instant asOf) {}
