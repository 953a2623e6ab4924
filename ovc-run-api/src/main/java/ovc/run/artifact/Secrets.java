package ovc.run.artifact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Masks secrets as {@code ***} in everything a run writes (the policy is the README's "Masking"):
 * the values of credential-like variables ({@link SecretNames}) in every form an artifact can hold
 * them (see {@link SecretForms}), and credentials written in the text itself, held by a variable or
 * not ({@link CredentialText}: URL passwords, {@code password=...}, {@code --token ...}).
 *
 * <p>One pass over the text finds every occurrence, overlapping ones included, and each run of
 * masked characters becomes one {@code ***}: two secrets that overlap leave no piece of either.
 * Candidates are found by the first two characters of each value, so a text costs one table lookup
 * per character, however many secrets there are.
 */
public final class Secrets {

    /**
     * Values shorter than this are not masked: masking "1" or "on" would garble every log line
     * while protecting nothing that is a credential.
     */
    static final int MIN_SECRET_LENGTH = 3;

    /** How far before a forced cut a long line is cut instead at a separator (see {@link #cutPoint}). */
    static final int CUT_SLACK = 4096;

    private static final String MASK = "***";
    private static final String[] SWITCH_WORDS = {"true", "false", "yes", "none", "null"};
    private static final int HEADS = 1024;

    private static final Secrets NONE = new Secrets(List.of(), SecretNames.builtIn());

    /** Longest first, then alphabetical; a class rather than a comparator chain of lambdas (start-up). */
    private static final Comparator<String> LONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(String a, String b) {
            return a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b);
        }
    };

    private final SecretNames names;
    // By the hash of their first two characters, longest first within a bucket; null where none.
    private final String[][] heads = new String[HEADS][];
    private final int longest;
    private final int count;

    private Secrets(List<String> values, SecretNames names) {
        this.names = names;
        int max = 0;
        for (String value : values) {
            int head = head(value.charAt(0), value.charAt(1));
            String[] bucket = heads[head];
            String[] grown = new String[bucket == null ? 1 : bucket.length + 1];
            if (bucket != null) {
                System.arraycopy(bucket, 0, grown, 0, bucket.length);
            }
            grown[grown.length - 1] = value;
            heads[head] = grown;
            max = Math.max(max, value.length());
        }
        this.longest = max;
        this.count = values.size();
    }

    /** Masks only what {@link CredentialText} finds: no variable is secret. */
    public static Secrets none() {
        return NONE;
    }

    /**
     * The secrets of one environment, by the built-in name patterns (a variable a pipeline requires
     * is not secret for that: see {@link SecretNames}).
     */
    public static Secrets of(Map<String, String> env) {
        return of(env, SecretNames.builtIn());
    }

    /** The secrets of one environment: the values of the variables {@code names} calls secret. */
    public static Secrets of(Map<String, String> env, SecretNames names) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> variable : env.entrySet()) {
            String value = variable.getValue();
            if (masks(names, variable.getKey(), value)) {
                SecretForms.addAll(value, found);
            }
        }
        // Longest first, so that of the values starting at one place the longest is masked.
        found.sort(LONGEST_FIRST);
        return new Secrets(found, names);
    }

    /**
     * Secrets known by their values, not by a variable's name: credentials found elsewhere, such as
     * in a command's arguments. Each is masked in every form, as a secret variable's value is.
     */
    public static Secrets ofValues(Collection<String> values) {
        List<String> found = new ArrayList<>();
        for (String value : values) {
            if (isMaskable(value)) {
                SecretForms.addAll(value, found);
            }
        }
        found.sort(LONGEST_FIRST);
        return new Secrets(found, SecretNames.builtIn());
    }

    /**
     * Whether {@code value}, held by a secret variable, is masked: not when it is shorter than
     * {@value #MIN_SECRET_LENGTH} characters, nor when it is a switch word ({@code true}, {@code false},
     * {@code yes}, {@code none}, {@code null}, in any case). {@code TOKENIZERS_PARALLELISM=false} or
     * {@code USE_KEYRING=true} are settings whose names only look like credentials; masking their value
     * would garble every line that says true or false and protect nothing.
     */
    static boolean isMaskable(String value) {
        if (value == null || value.length() < MIN_SECRET_LENGTH) {
            return false;
        }
        for (String word : SWITCH_WORDS) {
            if (word.equalsIgnoreCase(value)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a variable's name marks its value as a credential by the built-in patterns. */
    public static boolean looksSecret(String name) {
        return SecretNames.builtIn().isSecret(name);
    }

    /**
     * Whether these secrets mask {@code value} as the value of the variable {@code name}: the name is
     * credential-like (built-in and configured names) and the value {@linkplain #isMaskable maskable}.
     */
    public boolean masksValueOf(String name, String value) {
        return masks(names, name, value);
    }

    private static boolean masks(SecretNames names, String name, String value) {
        return isMaskable(value) && names.isSecret(name);
    }

    /** How many values (every form of every secret variable) are masked. */
    int size() {
        return count;
    }

    /** {@code text} with every secret replaced by {@code ***}; {@code null} stays null. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        long[] ranges = null;
        int found = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            long range = -1;
            if (i + 1 < length) {
                String[] bucket = heads[head(c, text.charAt(i + 1))];
                if (bucket != null) {
                    range = match(bucket, text, i);
                }
            }
            if (range < 0 && c <= '=') {
                // '-' 45, ':' 58, '=' 61: one comparison keeps letters and digits off this path.
                if (c == '=') {
                    range = CredentialText.afterEquals(text, i);
                } else if (c == ':') {
                    range = CredentialText.urlPassword(text, i);
                } else if (c == '-') {
                    range = CredentialText.optionValue(text, i);
                }
            }
            if (range >= 0) {
                if (ranges == null) {
                    ranges = new long[8];
                } else if (found == ranges.length) {
                    ranges = Arrays.copyOf(ranges, found * 2);
                }
                ranges[found++] = range;
            }
        }
        return found == 0 ? text : masked(text, ranges, found);
    }

    /**
     * Where a line too long to hold may be cut so that no secret is split between the two pieces:
     * at most {@code longest - 1} characters before its end, at a separator
     * ({@link CredentialText#isSeparator}) when one is within {@link #CUT_SLACK} (so that no
     * {@code password=...} or URL is split either), and never inside a secret. The text before the
     * point is complete; the text from it on starts the next piece. Returns {@code text.length()}
     * when no such point exists (a run of overlapping secrets as long as the line): the whole text
     * is then the piece.
     */
    public int cutPoint(String text) {
        int length = text.length();
        int cut = length - Math.max(0, longest - 1);
        if (cut <= 0) {
            return length;
        }
        for (int j = cut; j > 0 && j > cut - CUT_SLACK; j--) {
            if (CredentialText.isSeparator(text.charAt(j - 1)) && !endsCredentialOption(text, j - 1)) {
                cut = j;
                break;
            }
        }
        int inside;
        while (cut > 0 && (inside = straddling(text, cut)) >= 0) {
            cut = inside;
        }
        if (cut > 0 && cut < length && Character.isLowSurrogate(text.charAt(cut))
                && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // a character outside the BMP stays whole
        }
        return cut > 0 ? cut : length;
    }

    /** Whether the word before the separator at {@code separator} is an option such as {@code --password}. */
    private static boolean endsCredentialOption(String text, int separator) {
        int start = separator;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return CredentialText.isCredentialOption(text, start, separator);
    }

    /** The start of a secret that begins before {@code cut} and ends after it, or {@code -1}. */
    private int straddling(String text, int cut) {
        for (int start = Math.max(0, cut - longest + 1); start < cut; start++) {
            if (start + 1 < text.length()) {
                String[] bucket = heads[head(text.charAt(start), text.charAt(start + 1))];
                if (bucket != null) {
                    for (String secret : bucket) {
                        if (start + secret.length() > cut && text.startsWith(secret, start)) {
                            return start;
                        }
                    }
                }
            }
        }
        return -1;
    }

    private static long match(String[] bucket, String text, int at) {
        for (String secret : bucket) {
            if (text.startsWith(secret, at)) {
                return ((long) at << 32) | (at + secret.length());
            }
        }
        return -1;
    }

    /** {@code text} with each run of characters covered by the ranges replaced by one {@code ***}. */
    private static String masked(String text, long[] ranges, int found) {
        // Found in the order of where they were found, not where they start: a key's value starts after its '='.
        Arrays.sort(ranges, 0, found);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < found) {
            int start = (int) (ranges[i] >>> 32);
            int end = (int) ranges[i];
            i++;
            while (i < found && (int) (ranges[i] >>> 32) <= end) {
                end = Math.max(end, (int) ranges[i]);
                i++;
            }
            out.append(text, copied, start).append(MASK);
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static int head(char first, char second) {
        return ((first << 5) ^ second) & (HEADS - 1);
    }
}
