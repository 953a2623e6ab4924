package ovc.run.cli.read;

/**
 * Finds the first byte that breaks well-formed UTF-8 (Unicode's Table 3-7: no overlong forms, no
 * surrogates, nothing above U+10FFFF), fed in chunks so run.log can be checked while it streams.
 */
final class Utf8Check {

    private long offset;
    private long invalidAt = -1;
    private int pending;
    private int lower = 0x80;
    private int upper = 0xBF;

    /** Feeds {@code length} bytes of {@code bytes}. */
    void feed(byte[] bytes, int length) {
        for (int i = 0; i < length && invalidAt < 0; i++, offset++) {
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                if (b < lower || b > upper) {
                    invalidAt = offset;
                }
                lower = 0x80;
                upper = 0xBF;
                pending--;
            } else if (b >= 0x80) {
                start(b);
            }
        }
    }

    private void start(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            lower = b == 0xE0 ? 0xA0 : 0x80;
            upper = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            lower = b == 0xF0 ? 0x90 : 0x80;
            upper = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            invalidAt = offset;
        }
    }

    /** The offset of the first invalid byte (a sequence cut short at the end counts), or -1. */
    long invalidAt() {
        return invalidAt < 0 && pending > 0 ? offset : invalidAt;
    }

    /** The first invalid byte's offset in {@code bytes}, or -1 when it is all well-formed UTF-8. */
    static long firstInvalid(byte[] bytes) {
        Utf8Check check = new Utf8Check();
        check.feed(bytes, bytes.length);
        return check.invalidAt();
    }
}
