package ovc.run.benchmarks.report;

import java.util.List;

/** Formats rows as a GitHub Markdown table. */
final class MarkdownTable {

    static final String HEADER = "| figure | measured | baseline (same run) | ratio | target | result |\n"
            + "|---|---:|---:|---:|---|---|\n";

    private MarkdownTable() {}

    /** The table: a header, then one line per row. */
    public static String format(List<Row> rows) {
        StringBuilder table = new StringBuilder(HEADER);
        for (Row row : rows) {
            table.append("| ").append(cell(row.figure()))
                    .append(" | ").append(cell(row.measured()))
                    .append(" | ").append(cell(row.baseline()))
                    .append(" | ").append(cell(row.ratio()))
                    .append(" | ").append(cell(row.target()))
                    .append(" | ").append(cell(row.verdict().text()))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** A cell's text: a pipe would end the cell and a line break the row. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ").strip();
    }
}
