package ovc.run.processor;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ovc.run.artifact.Identifiers;
import ovc.run.format.EvidenceGrammar;

/**
 * "Did you mean" candidates: the nearest value that obeys the rule, or {@code null} when no
 * obvious one exists. A suggestion is offered only when it passes the same rule the runtime
 * applies, so following it can never lead to a second error.
 */
final class Suggestions {

    private static final Pattern PARTIAL_VERSION = Pattern.compile("[vV]?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?([-+].*)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Suggestions() {}

    /** {@code P2_Backfill} → {@code P2-Backfill}; {@code Café Load} → {@code Cafe-Load}. */
    static String pipelineId(String id) {
        String fixed = replaceRuns(withoutAccents(id.strip()), Suggestions::isPipelineIdChar, '-');
        return accept(id, fixed, Identifiers.isPipelineId(fixed));
    }

    /** {@code v1.2} → {@code 1.2.0}; {@code 01.2.3} → {@code 1.2.3}. */
    static String version(String version) {
        Matcher m = PARTIAL_VERSION.matcher(version.strip());
        if (!m.matches()) {
            return null;
        }
        String fixed = number(m.group(1)) + "." + number(m.group(2)) + "." + number(m.group(3))
                + (m.group(4) == null ? "" : m.group(4));
        return accept(version, fixed, Identifiers.isSemanticVersion(fixed));
    }

    /** {@code OANDA-API-TOKEN} → {@code OANDA_API_TOKEN}. */
    static String envName(String name) {
        if (name.contains(",") || name.contains(";")) {
            return null; // a list in one entry: separate entries or A|B alternatives? the user knows
        }
        String fixed = replaceRuns(name.strip(), Suggestions::isEnvNameChar, '_');
        return accept(name, fixed, Identifiers.isEnvName(fixed));
    }

    /** {@code rowsInserted}, {@code Rows-Inserted}, {@code rows inserted} → {@code rows_inserted}. */
    static String snakeCase(String value) {
        StringBuilder split = new StringBuilder();
        String s = withoutAccents(value.strip());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(s.charAt(i - 1)) || Character.isDigit(s.charAt(i - 1))
                    || (i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1)) && Character.isUpperCase(s.charAt(i - 1))))) {
                split.append('_');
            }
            split.append(Character.toLowerCase(c));
        }
        String fixed = replaceRuns(split.toString(), c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'), '_');
        return accept(value, fixed, Identifiers.isSnakeCase(fixed));
    }

    /**
     * The evidence form that was probably meant: {@code run.json:outputs[0]} → {@code run.json:$.outputs[0]},
     * {@code run.log:42} → {@code run.log:line:42}, {@code artifact/report.json} → {@code artifacts/report.json}.
     */
    static String evidence(String evidence) {
        String s = evidence.strip();
        String fixed = null;
        if (s.startsWith("run.json")) {
            String path = s.substring("run.json".length()).replaceFirst("^[:.]", "");
            fixed = "run.json:" + (path.startsWith("$.") ? path : path.startsWith("$") ? "$." + path.substring(1)
                    : path.startsWith(".") ? "$" + path : "$." + path);
        } else if (s.startsWith("$.")) {
            fixed = "run.json:" + s;
        } else if (s.startsWith("run.log")) {
            Matcher digits = DIGITS.matcher(s);
            if (digits.find()) {
                String line = digits.group();
                fixed = digits.find() ? null : "run.log:line:" + line.replaceFirst("^0+(?=.)", "");
            }
        } else {
            String path = s.replace('\\', '/').replaceAll("/{2,}", "/").replaceFirst("^\\.?/", "");
            Matcher artifacts = Pattern.compile("^artifacts?[:/]+(.*)$").matcher(path);
            if (artifacts.matches()) {
                fixed = "artifacts/" + artifacts.group(1);
            }
        }
        return fixed == null ? null : accept(evidence, fixed, EvidenceGrammar.isValid(fixed));
    }

    /**
     * The recordable type that was probably meant for a type the runtime cannot turn into a ref:
     * {@code java.util.Date} → {@code java.time.Instant}, {@code OptionalInt} → {@code Optional<Integer>}.
     *
     * @param qualifiedName the erased type's canonical name
     */
    static String recordableInstead(String qualifiedName) {
        switch (qualifiedName) {
            case "java.util.Date": case "java.sql.Timestamp":
                return "java.time.Instant";
            case "java.sql.Date":
                return "java.time.LocalDate";
            case "java.sql.Time":
                return "java.time.LocalTime";
            case "java.util.Calendar": case "java.util.GregorianCalendar":
                return "java.time.ZonedDateTime";
            case "java.util.OptionalInt":
                return "java.util.Optional<java.lang.Integer>";
            case "java.util.OptionalLong":
                return "java.util.Optional<java.lang.Long>";
            case "java.util.OptionalDouble":
                return "java.util.Optional<java.lang.Double>";
            case "java.util.stream.Stream":
                return "java.util.List"; // a Stream can be read once only, and that is the pipeline's read
            default:
                return null;
        }
    }

    /**
     * Optimal string alignment distance, capped: 0 for equal strings, 1 for one insertion,
     * deletion, substitution or swap of neighbours ({@code neon_tabel} / {@code neon_table}).
     */
    static int editDistance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return Math.min(d[a.length()][b.length()], cap + 1);
    }

    private interface CharRule {
        boolean allows(char c);
    }

    /**
     * The words of {@code s} (runs of characters the rule allows, the separator excluded) joined by
     * one {@code separator}: {@code "P2 _Backfill-"} → {@code P2-Backfill}.
     */
    private static String replaceRuns(String s, CharRule rule, char separator) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != separator && rule.allows(c)) {
                if (gap && out.length() > 0) {
                    out.append(separator);
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static String withoutAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static boolean isPipelineIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean isEnvNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static String number(String digits) {
        return digits == null ? "0" : digits.replaceFirst("^0+(?=.)", "");
    }

    private static String accept(String original, String fixed, boolean valid) {
        return valid && !fixed.equals(original) ? fixed : null;
    }
}
