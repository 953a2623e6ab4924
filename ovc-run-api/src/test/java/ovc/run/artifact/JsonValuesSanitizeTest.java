package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The rules by which any value a pipeline records becomes a JSON tree, never an exception. */
class JsonValuesSanitizeTest {

    private final List<String> lost = new ArrayList<>();
    private final List<String> converted = new ArrayList<>();
    private final JsonValues.Problems problems = (problem, wasLost) -> (wasLost ? lost : converted).add(problem);
    private static final UnaryOperator<String> NO_MASK = text -> text;

    private Object sanitize(Object value) {
        return JsonValues.sanitize(value, NO_MASK, problems);
    }

    @Test
    void aMapThatContainsItselfIsCutWithTheMarkerWhereItRepeats() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("self", map);
        List<Object> list = new ArrayList<>();
        list.add("x");
        list.add(list);
        map.put("list", list);

        assertThat(sanitize(map)).isEqualTo(Map.of("a", 1, "list", List.of("x", "<cycle: cut>"), "self", "<cycle: cut>"));
        assertThat(lost).hasSize(2).allMatch(problem -> problem.contains("contains itself"));
    }

    @Test
    void theSameMapTwiceSideBySideIsNotACycle() {
        Map<String, Object> shared = Map.of("k", 1);
        assertThat(sanitize(Map.of("left", shared, "right", shared))).isEqualTo(Map.of("left", shared, "right", shared));
        assertThat(lost).isEmpty();
    }

    @Test
    void nestingDeeperThan32LevelsIsCutAtLevel33() {
        Map<String, Object> root = new HashMap<>();
        Map<String, Object> level = root;
        for (int i = 0; i < 5000; i++) {
            Map<String, Object> next = new HashMap<>();
            level.put("n", next);
            level = next;
        }
        Object tree = sanitize(root);
        int depth = 0;
        while (tree instanceof Map<?, ?> map) {
            depth++;
            tree = map.get("n");
        }
        assertThat(depth).isEqualTo(JsonValues.MAX_DEPTH);
        assertThat(tree).isEqualTo("<deeper than 32 levels: cut>");
        assertThat(lost).singleElement().asString().contains("deeper than 32 levels");
    }

    @Test
    void aValueWhoseToStringThrowsBecomesAPlaceholder() {
        Object hostile = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no");
            }
        };
        assertThat(sanitize(Map.of("v", hostile, "list", List.of(hostile))))
                .isEqualTo(Map.of("v", "<toString() threw java.lang.IllegalStateException>",
                        "list", List.of("<toString() threw java.lang.IllegalStateException>")));
        assertThat(lost).hasSize(2).allMatch(problem -> problem.contains("threw java.lang.IllegalStateException"));
    }

    @Test
    void aKeyWhoseToStringThrowsBecomesAPlaceholderKey() {
        Object key = new Object() {
            @Override
            public String toString() {
                throw new UnsupportedOperationException();
            }
        };
        Map<Object, Object> map = new HashMap<>();
        map.put(key, 1);
        assertThat(sanitize(map)).isEqualTo(Map.of("<toString() threw java.lang.UnsupportedOperationException>", 1));
    }

    @Test
    void nonFiniteNumbersHaveOneStringFormAndAreNotCountedAsLost() {
        assertThat(sanitize(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Float.NaN,
                Float.NEGATIVE_INFINITY, 1.5, 2L)))
                .isEqualTo(List.of("NaN", "Infinity", "-Infinity", "NaN", "-Infinity", 1.5, 2L));
        assertThat(converted).hasSize(5);
        assertThat(lost).isEmpty();
    }

    @Test
    void nullsInsideAreKeptAsJsonNullAndArraysOfAnyKindAreLists() {
        assertThat(sanitize(new Object[] {null, "a"})).isEqualTo(java.util.Arrays.asList(null, "a"));
        assertThat(sanitize(new int[] {1, 2})).isEqualTo(List.of(1, 2));
        assertThat(sanitize(new double[] {Double.NaN})).isEqualTo(List.of("NaN"));
        assertThat(lost).isEmpty();
    }

    @Test
    void aCollectionThatCannotBeIteratedBecomesAPlaceholder() {
        List<Object> broken = new ArrayList<>(List.of(1)) {
            @Override
            public java.util.Iterator<Object> iterator() {
                throw new java.util.ConcurrentModificationException();
            }
        };
        assertThat(sanitize(Map.of("b", broken)))
                .isEqualTo(Map.of("b", "<unreadable " + broken.getClass().getName()
                        + ": java.util.ConcurrentModificationException>"));
        assertThat(lost).hasSize(1);
    }

    @Test
    void masksEveryStringKeysIncluded() {
        UnaryOperator<String> mask = text -> text.replace("hunter2", "***");
        assertThat(JsonValues.sanitize(Map.of("hunter2", List.of("pw=hunter2")), mask, problems))
                .isEqualTo(Map.of("***", List.of("pw=***")));
    }
}
