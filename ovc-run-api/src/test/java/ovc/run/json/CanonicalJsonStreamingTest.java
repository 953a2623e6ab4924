package ovc.run.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming side of the writer: bounded chunks to the caller's Writer, and the limits that end a bad tree. */
class CanonicalJsonStreamingTest {

    @Test
    void streamsALargeRunInBoundedChunksWithTheBytesOfTheStringForm() throws IOException {
        List<Object> checks = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            checks.add(Map.of("id", "check_" + i, "name", "Check \u00e9 " + i, "status", "pass",
                    "evidence", List.of("run.log:line:" + i)));
        }
        Map<String, Object> tree = Map.of("run_id", "20260119T061512Z__P2-Backfill__a1b2c3d", "checks", checks);
        ChunkRecorder out = new ChunkRecorder();

        CanonicalJson.write(tree, out);

        assertThat(out.largestChunk).as("no chunk holds the whole text").isLessThanOrEqualTo(4096);
        assertThat(out.chars).isGreaterThan(10_000_000);
        assertThat(out.closed).isFalse();
        assertThat(out.digest()).isEqualTo(sha256(CanonicalJson.write(tree)));
    }

    @Test
    void writesAStringLongerThanItsBufferWhole() {
        String big = "x".repeat(10_000) + "\u00e9";
        assertThat(CanonicalJson.write(List.of(big))).isEqualTo("[\n  \"" + "x".repeat(10_000) + "\\u00e9\"\n]\n");
    }

    @Test
    void refusesATreeThatContainsItselfInsteadOfOverflowingTheStack() {
        Map<String, Object> loop = new HashMap<>();
        loop.put("self", loop);
        assertThatThrownBy(() -> CanonicalJson.write(loop)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write JSON nested deeper than 1000 levels (does the tree contain itself?)");
    }

    @Test
    void writesNestingUpToTheLimit() {
        Object tree = "leaf";
        for (int i = 0; i < CanonicalJson.MAX_DEPTH; i++) {
            tree = List.of(tree);
        }
        String text = CanonicalJson.write(tree);
        assertThat(text).startsWith("[\n  [\n    [\n").endsWith("\n  ]\n]\n");
        assertThat(JsonReader.standard().withMaxDepth(CanonicalJson.MAX_DEPTH).read(text)).isEqualTo(tree);
        Object deeper = List.of(tree);
        assertThatThrownBy(() -> CanonicalJson.write(deeper)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Keeps a digest of what it is given and the size of the largest single write, never the text. */
    private static final class ChunkRecorder extends Writer {
        private final MessageDigest digest;
        private long chars;
        private int largestChunk;
        private boolean closed;

        ChunkRecorder() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            largestChunk = Math.max(largestChunk, length);
            chars += length;
            for (int i = offset; i < offset + length; i++) {
                digest.update((byte) buffer[i]);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            closed = true;
        }

        String digest() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
