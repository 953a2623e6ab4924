package ovc.run.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader against the reference: Python writes random trees in the styles other tools use
 * (compact, indented, with raw non-ASCII, with escaped slashes and exponents) and, for each, the
 * canonical text of the same tree. Reading the first and writing it canonically must give the second.
 * Needs python3, and fails without it: a missing reference must not pass as a match.
 */
class JsonReaderPythonTest {

    @Test
    void readsWhatPythonWritesInAnyStyleAsTheSameTree(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("styles.py");
        Files.writeString(script, """
                import json, random, sys
                r = random.Random(20261202)
                def s():
                    return ''.join(chr(r.choice([r.randrange(0x20), r.randrange(0x20, 0x7f), r.randrange(0x80, 0x800),
                                                 r.randrange(0xe000, 0xf000), r.randrange(0x1f600, 0x1f650)])) for _ in range(r.randrange(8)))
                def tree(d):
                    k = r.randrange(4 if d > 3 else 7)
                    if k == 0: return s()
                    if k == 1: return r.randrange(-2**70, 2**70) >> r.randrange(70)
                    if k == 2: return r.uniform(-1, 1) * 10 ** r.randrange(-30, 30)
                    if k == 3: return r.choice([True, False, None])
                    if k in (4, 5): return [tree(d + 1) for _ in range(r.randrange(4))]
                    return {s(): tree(d + 1) for _ in range(r.randrange(4))}
                styles = [dict(), dict(separators=(',', ':')), dict(indent=4, ensure_ascii=False), dict(indent='\\t', sort_keys=True)]
                out = []
                for n in range(400):
                    t = tree(0)
                    text = json.dumps(t, **styles[n % len(styles)])
                    if n % 5 == 0: text = text.replace('/', '\\\\/')
                    out.append(text)
                    out.append(json.dumps(t, indent=2, sort_keys=True, ensure_ascii=True) + '\\n')
                sys.stdout.buffer.write('\\x1e'.join(out).encode('utf-8'))
                """);
        Process python = new ProcessBuilder("python3", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as("python3 " + script).isZero();

        String[] texts = output.split("\u001e");
        assertThat(texts).hasSize(800);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < texts.length; i += 2) {
            String again = CanonicalJson.write(JsonReader.standard().read(texts[i]));
            if (!again.equals(texts[i + 1])) {
                mismatches.add(texts[i] + "\n  read and written: " + again + "  python: " + texts[i + 1]);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
