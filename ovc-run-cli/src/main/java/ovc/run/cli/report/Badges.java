package ovc.run.cli.report;

/** A status or health word as a coloured badge: the word is always written, the colour only helps. */
final class Badges {

    private Badges() {}

    /** Appends {@code word} as a badge coloured by its class; {@code null} as a dash. */
    static void status(StringBuilder page, String word) {
        if (word == null) {
            page.append("<span class=\"muted\">&ndash;</span>");
            return;
        }
        String text = Html.text(word);
        page.append("<span class=\"st st-").append(text).append("\">").append(text).append("</span>");
    }
}
