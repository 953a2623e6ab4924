package ovc.run.agent;

import java.nio.charset.StandardCharsets;

/**
 * Decides from a class file's bytes alone, without parsing it into anything, whether it can carry
 * {@code @Pipeline}, {@code @RunInput} or {@code @RunOutput}: an annotated element names the
 * annotation's descriptor in the constant pool. The walk skips every entry but UTF-8 strings of
 * the descriptors' exact lengths, so an unrelated class costs one pass over its constant pool.
 */
final class AnnotationScan {

    private static final byte[] PIPELINE = "Lovc/run/Pipeline;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RUN_INPUT = "Lovc/run/RunInput;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RUN_OUTPUT = "Lovc/run/RunOutput;".getBytes(StandardCharsets.US_ASCII);

    private AnnotationScan() {}

    /** Whether {@code classFile} mentions one of the annotations; a malformed file does not. */
    static boolean mentionsAnnotations(byte[] classFile) {
        try {
            if (classFile.length < 10 || u2(classFile, 0) != 0xCAFE || u2(classFile, 2) != 0xBABE) {
                return false;
            }
            int count = u2(classFile, 8);
            int position = 10;
            for (int index = 1; index < count; index++) {
                int tag = classFile[position] & 0xFF;
                switch (tag) {
                    case 1 -> {
                        int length = u2(classFile, position + 1);
                        if (length == PIPELINE.length || length == RUN_OUTPUT.length) {
                            if (equalsAt(classFile, position + 3, length)) {
                                return true;
                            }
                        }
                        position += 3 + length;
                    }
                    case 7, 8, 16, 19, 20 -> position += 3;
                    case 15 -> position += 4;
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> position += 5;
                    case 5, 6 -> {
                        position += 9;
                        index++; // a long or double takes two slots
                    }
                    default -> {
                        // A constant kind newer than this scan: let the weaver look at the class.
                        return true;
                    }
                }
            }
            return false;
        } catch (ArrayIndexOutOfBoundsException truncated) {
            return false;
        }
    }

    private static boolean equalsAt(byte[] bytes, int offset, int length) {
        return (length == PIPELINE.length && (regionEquals(bytes, offset, PIPELINE) || regionEquals(bytes, offset, RUN_INPUT)))
                || (length == RUN_OUTPUT.length && regionEquals(bytes, offset, RUN_OUTPUT));
    }

    private static boolean regionEquals(byte[] bytes, int offset, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (bytes[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u2(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }
}
