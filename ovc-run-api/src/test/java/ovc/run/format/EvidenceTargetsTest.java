package ovc.run.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTargetsTest {

    @TempDir
    Path tmp;

    private static EvidencePointer pointer(String evidence) {
        return EvidenceGrammar.parse(evidence);
    }

    @Test
    void aRunJsonPathReachesValuesIncludingNullAndNothingPastTheTree() {
        Map<String, Object> extra = new HashMap<>();
        extra.put("note", null);
        Map<String, Object> run = Map.of("outputs", List.of(Map.of("rows_written", 12L, "extra", extra)),
                "env", Map.of("missing", List.of()));
        assertThat(EvidenceTargets.jsonValue(pointer("run.json:$.outputs[0].rows_written"), run)).isEqualTo(12L);
        assertThat(EvidenceTargets.jsonValue(pointer("run.json:$.env.missing"), run)).isEqualTo(List.of());
        assertThat(EvidenceTargets.jsonValue(pointer("run.json:$.outputs[0].extra.note"), run)).isNull();
        for (String missing : Arrays.asList("run.json:$.outputs[42].x", "run.json:$.outputs[1]",
                "run.json:$.outputs.rows_written", "run.json:$.env[0]", "run.json:$.outputs[0].rows_written.x",
                "run.json:$.nope")) {
            assertThat(EvidenceTargets.jsonValue(pointer(missing), run)).as(missing).isSameAs(EvidenceTargets.NOTHING);
            assertThat(EvidenceTargets.resolves(pointer(missing), run, 10, tmp)).as(missing).isFalse();
        }
        assertThat(EvidenceTargets.resolves(pointer("run.json:$.env"), null, 10, tmp)).isFalse();
    }

    @Test
    void aLogLineExistsUpToTheLineCount() {
        assertThat(EvidenceTargets.resolves(pointer("run.log:line:3"), Map.of(), 3, tmp)).isTrue();
        assertThat(EvidenceTargets.resolves(pointer("run.log:line:4"), Map.of(), 3, tmp)).isFalse();
        assertThat(EvidenceTargets.logLineExists(pointer("run.log:line:99999"), 12)).isFalse();
    }

    @Test
    void anArtifactIsARegularFileUnderArtifactsAfterLinksAreResolved() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("run"));
        Files.createDirectories(folder.resolve("artifacts/dir"));
        Files.writeString(folder.resolve("artifacts/report.json"), "{}");
        Files.writeString(folder.resolve("run.json"), "{}");
        Files.writeString(tmp.resolve("outside.txt"), "secret");
        Files.createSymbolicLink(folder.resolve("artifacts/inside-link"), folder.resolve("artifacts/report.json"));
        Files.createSymbolicLink(folder.resolve("artifacts/outside-link"), tmp.resolve("outside.txt"));
        Files.createSymbolicLink(folder.resolve("artifacts/run-json-link"), folder.resolve("run.json"));

        assertThat(EvidenceTargets.artifactFile(pointer("artifacts/report.json"), folder))
                .isEqualTo(folder.resolve("artifacts/report.json"));
        assertThat(EvidenceTargets.resolves(pointer("artifacts/inside-link"), null, 0, folder)).isTrue();
        for (String nothing : List.of("artifacts/missing.json", "artifacts/dir", "artifacts/outside-link",
                "artifacts/run-json-link")) {
            assertThat(EvidenceTargets.resolves(pointer(nothing), null, 0, folder)).as(nothing).isFalse();
        }
    }

    @Test
    void aPointerOfAnotherFormNeverResolvesAsThisOne() {
        assertThat(EvidenceTargets.logLineExists(pointer("artifacts/x"), 100)).isFalse();
        assertThat(EvidenceTargets.jsonValue(pointer("run.log:line:1"), Map.of())).isSameAs(EvidenceTargets.NOTHING);
        assertThat(EvidenceTargets.artifactFile(pointer("run.log:line:1"), tmp)).isNull();
    }
}
