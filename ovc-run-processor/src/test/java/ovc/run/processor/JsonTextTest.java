package ovc.run.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ovc.run.artifact.CanonicalJson;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static Map<String, Object> sample() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", List.of());
        inner.put("a", Map.of());
        inner.put("\uffff", 1L);
        inner.put("\ud83d\ude00", -2);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "caf\u00e9 \"quoted\" back\\slash /slash \n\r\t\b\f \u0001 \u007f \ud83d\ude00");
        tree.put("list", List.of("b", "a", true, false, inner));
        tree.put("nothing", null);
        tree.put("Upper", "sorted before lower");
        return tree;
    }

    @Test
    void writesTheSameBytesAsTheArtifactsCanonicalJson() {
        assertEquals(CanonicalJson.write(sample()), JsonText.write(sample()));
        assertEquals(CanonicalJson.write(List.of()), JsonText.write(List.of()));
        assertEquals(CanonicalJson.write(Map.of()), JsonText.write(Map.of()));
    }

    @Test
    void readsBackWhatItWrites() {
        Map<String, Object> tree = sample();
        assertEquals(JsonText.write(tree), JsonText.write(JsonText.read(JsonText.write(tree))));
    }

    @Test
    void readsNumbersAndRejectsTrailingText() {
        assertEquals(List.of(1L, -2L, 2.5, 1.0e3), JsonText.read("[1, -2, 2.5, 1e3]"));
        IllegalArgumentException problem = assertThrows(IllegalArgumentException.class, () -> JsonText.read("{} x"));
        assertEquals("expected end of input at offset 3", problem.getMessage());
    }
}
