package ovc.run.runtime;

/**
 * Turns an identifier computed at run time ({@code "rows_" + instrument}) into the format's lower
 * snake_case instead of refusing it: {@code rows_EUR_USD} becomes {@code rows_eur_usd},
 * {@code rowsInserted} {@code rows_inserted}, {@code "fx rate-2h"} {@code fx_rate_2h}.
 *
 * <p>ASCII letters are lowered, a lower-to-upper step ({@code sI}) gets an underscore, every other
 * character separates words, runs of separators become one {@code _} and none is kept at either
 * end; an identifier that would start with a digit gets the prefix {@code x_}. By hand, not by
 * regex: it runs while a pipeline records.
 */
final class SnakeCase {

    private SnakeCase() {}

    /** The snake_case form of {@code text}, or {@code null} when it holds no letter or digit. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        boolean separator = false;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lowerOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!upper && !lowerOrDigit) {
                separator = true;
            } else {
                boolean camelStep = upper && ((previous >= 'a' && previous <= 'z') || (previous >= '0' && previous <= '9'));
                if (out.length() > 0 && (separator || camelStep)) {
                    out.append('_');
                }
                separator = false;
                out.append(upper ? (char) (c + ('a' - 'A')) : c);
            }
            previous = c;
        }
        if (out.length() == 0) {
            return null;
        }
        if (out.charAt(0) <= '9') {
            out.insert(0, "x_");
        }
        return out.toString();
    }
}
