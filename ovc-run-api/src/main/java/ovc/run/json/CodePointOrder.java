package ovc.run.json;

import java.util.Comparator;

/**
 * Python's key order for {@code sort_keys=True}: strings compared by Unicode code point, which
 * differs from {@link String#compareTo} (UTF-16 units) for characters above U+D7FF. A map sorted
 * by this comparator is written by {@link CanonicalJson} without a copy.
 */
public enum CodePointOrder implements Comparator<String> {
    /** The one instance; {@link CanonicalJson} recognises maps sorted by it. */
    INSTANCE;

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
