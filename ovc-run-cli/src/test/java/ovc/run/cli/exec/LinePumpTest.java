package ovc.run.cli.exec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever sizes the reads come in, the pump yields the same lines and passes every byte through. */
class LinePumpTest {

    @Test
    void linesDoNotDependOnHowTheStreamIsChunked() {
        byte[] input = "alpha\n\n\r\nbeta\r\ngamma\rdelta\n\u00e9t\u00e9 \u20ac\nno newline at end".getBytes(UTF_8);
        List<String> expected = List.of("alpha", "", "", "beta", "gamma", "delta", "\u00e9t\u00e9 \u20ac",
                "no newline at end");
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int maxRead = 1 + random.nextInt(16);
            ByteArrayOutputStream passed = new ByteArrayOutputStream();
            assertThat(pump(new ChunkedStream(input, maxRead, random), passed)).as("reads of up to %d bytes", maxRead)
                    .isEqualTo(expected);
            assertThat(passed.toByteArray()).isEqualTo(input);
        }
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() {
        byte[] input = {'o', 'k', (byte) 0xff, '\n', (byte) 0xc3, '\n', 'e', 'n', 'd', '\n'};
        assertThat(pump(new ByteArrayInputStream(input), new ByteArrayOutputStream()))
                .containsExactly("ok\uFFFD", "\uFFFD", "end");
    }

    @Test
    void overlongLinesAreCutAtCharacterBoundaries() {
        int chars = LinePump.MAX_LINE_BYTES; // two bytes each: two full pieces
        byte[] line = "\u00e9".repeat(chars).getBytes(UTF_8);
        byte[] input = new byte[1 + line.length + 1];
        input[0] = 'x'; // shifts every é by one byte, so a naive cut would split one
        System.arraycopy(line, 0, input, 1, line.length);
        input[input.length - 1] = '\n';

        List<String> lines = pump(new ChunkedStream(input, 65536, new Random(1)), OutputStream.nullOutputStream());

        assertThat(lines).hasSize(3);
        assertThat(String.join("", lines)).isEqualTo("x" + "\u00e9".repeat(chars));
        assertThat(lines).allSatisfy(piece -> assertThat(piece.getBytes(UTF_8).length).isLessThanOrEqualTo(LinePump.MAX_LINE_BYTES));
    }

    @Test
    void aBrokenPassThroughStopsReadingLikeAClosedPipe() {
        byte[] input = "one\ntwo\n".repeat(100_000).getBytes(UTF_8);
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        List<String> collected = new ArrayList<>();
        LinePump pump = new LinePump(new ChunkedStream(input, 4096, new Random(3)), broken, batch -> collected.addAll(batch));
        pump.run();
        assertThat(pump.passThroughFailure()).hasMessage("Broken pipe");
        assertThat(pump.bytesRead()).isPositive().isLessThanOrEqualTo(4096);
    }

    /** Runs a pump to the end and splits what it delivered as RunLogSink and run.log's writer do. */
    private static List<String> pump(InputStream in, OutputStream passThrough) {
        List<String> lines = new ArrayList<>();
        new LinePump(in, passThrough, batch -> {
            String text = String.join("\n", batch);
            List<String> split = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
            if (!text.isEmpty() && (text.endsWith("\n") || text.endsWith("\r"))) {
                split.remove(split.size() - 1); // RunLog.append: no line after a final break
            }
            if (text.endsWith("\n")) {
                split.add(""); // RunLogSink: the command did print that empty line
            }
            lines.addAll(split);
        }).run();
        return lines;
    }

    /** Hands out at most {@code maxRead} bytes per read, a random number each time. */
    private static final class ChunkedStream extends InputStream {
        private final byte[] data;
        private final int maxRead;
        private final Random random;
        private int position;

        ChunkedStream(byte[] data, int maxRead, Random random) {
            this.data = data;
            this.maxRead = maxRead;
            this.random = random;
        }

        @Override
        public int read() {
            return position < data.length ? data[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + random.nextInt(maxRead)), data.length - position);
            System.arraycopy(data, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
