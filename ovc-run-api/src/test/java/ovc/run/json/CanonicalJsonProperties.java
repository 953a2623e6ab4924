package ovc.run.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.Json;

/** Serialisation is deterministic, round-trips, and matches Python's json.dumps byte for byte. */
class CanonicalJsonProperties {

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void sameTreeGivesSameBytes(@ForAll("trees") Object tree) {
        assertThat(CanonicalJson.write(tree)).isEqualTo(CanonicalJson.write(copyReversed(tree)));
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void roundTripsThroughAJsonParser(@ForAll("trees") Object tree) {
        String text = CanonicalJson.write(tree);
        assertThat(text.chars().allMatch(c -> c < 0x80)).as("pure ASCII").isTrue();
        assertThat(Json.parseToJava(text)).isEqualTo(normalize(tree));
        assertThat(CanonicalJson.write(Json.parseToJava(text))).isEqualTo(text);
    }

    @Provide
    Arbitrary<Object> trees() {
        return Arbitraries.lazyOf(
                () -> text(12).map(s -> (Object) s),
                () -> Arbitraries.longs().map(n -> (Object) n),
                () -> Arbitraries.of(true, false).map(b -> (Object) b),
                () -> Arbitraries.doubles().ofScale(3).between(-1e6, 1e6).map(d -> (Object) d),
                () -> trees().list().ofMaxSize(4).map(list -> (Object) list),
                () -> Arbitraries.maps(text(6), trees()).ofMaxSize(4)
                        .map(map -> (Object) map));
    }

    /** Any well-formed text: controls, ASCII, the BMP beyond the surrogates, and pairs for emoji. */
    private static Arbitrary<String> text(int maxLength) {
        Arbitrary<String> bmp = Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\uffff')
                .ofMaxLength(maxLength);
        Arbitrary<String> emoji = Arbitraries.integers().between(0x1f600, 0x1f64f).map(Character::toString);
        return Arbitraries.oneOf(bmp, Arbitraries.strings().ofMaxLength(0), bmp.flatMap(b -> emoji.map(e -> b + e)));
    }

    /**
     * The reference itself: Python re-reads each text we wrote and dumps it with the settings of
     * the format's first writers. Any difference in spacing, escaping, key order or float form shows here.
     */
    @Test
    void matchesPythonJsonDumpsByteForByte(@TempDir Path dir) throws Exception {
        // Fails rather than skips without python3: the byte form is only proven against the reference
        // (.ci/run installs it).
        assertThat(python3Available()).as("python3 on the PATH, the reference this test compares with").isTrue();
        Random random = new Random(20260119);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(CanonicalJson.write(randomTree(random, 0)));
        }
        Path input = dir.resolve("texts.txt");
        // Texts are ASCII with every control character escaped, so a raw record separator splits them.
        Files.writeString(input, String.join("\u001e", texts), StandardCharsets.US_ASCII);
        Path script = dir.resolve("check.py");
        Files.writeString(script, """
                import json, sys
                bad = 0
                for n, text in enumerate(open(sys.argv[1], encoding='ascii', newline='').read().split('\\x1e')):
                    again = json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=True) + '\\n'
                    if again != text:
                        bad += 1
                        print('MISMATCH', n, repr(text), repr(again))
                print('checked', n + 1, 'bad', bad)
                """);
        Process python = new ProcessBuilder("python3", script.toString(), input.toString()).redirectErrorStream(true).start();
        String report = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(report).isZero();
        assertThat(report).contains("checked 200 bad 0");
    }

    private static boolean python3Available() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Object randomTree(Random random, int depth) {
        int kind = random.nextInt(depth > 2 ? 4 : 6);
        switch (kind) {
            case 0: return randomString(random);
            case 1: return random.nextLong() >> random.nextInt(64);
            case 2: return random.nextDouble() * Math.pow(10, random.nextInt(40) - 20) * (random.nextBoolean() ? 1 : -1);
            case 3: return random.nextBoolean();
            case 4: {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomTree(random, depth + 1));
                }
                return list;
            }
            default: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(randomString(random), randomTree(random, depth + 1));
                }
                return map;
            }
        }
    }

    private static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            int pick = random.nextInt(5);
            int cp = switch (pick) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x60);
                case 2 -> 0x80 + random.nextInt(0x780);
                case 3 -> 0xe000 + random.nextInt(0x1000);
                default -> 0x1f600 + random.nextInt(0x50);
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private static Object copyReversed(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            java.util.Collections.reverse(entries);
            Map<Object, Object> copy = new LinkedHashMap<>();
            entries.forEach(e -> copy.put(e.getKey(), copyReversed(e.getValue())));
            return copy;
        }
        if (tree instanceof List<?> list) {
            return list.stream().map(CanonicalJsonProperties::copyReversed).toList();
        }
        return tree;
    }

    /** What a parser gives back: ints as Integer where they fit, as Jackson reads them. */
    private static Object normalize(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, normalize(v)));
            return copy;
        }
        if (tree instanceof List<?> list) {
            return list.stream().map(CanonicalJsonProperties::normalize).toList();
        }
        if (tree instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        return tree;
    }
}
