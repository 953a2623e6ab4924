package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's settings table is the {@link Setting} enum, row for row: neither can change alone. */
class SettingsDocumentedTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void readmeTableListsEverySettingWithItsVariableDefaultAndMeaning() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            String fallback = setting.defaultText().equals("detected") ? "detected" : "`" + setting.defaultText() + "`";
            expected.add("| `" + setting.key() + "` | `" + setting.variable() + "` | " + fallback + " | "
                    + setting.description() + " |");
        }
        assertThat(settingRows()).containsExactlyElementsOf(expected);
    }

    @Test
    void namesFollowOnePattern() {
        assertThat(Setting.TRIGGER_SOURCE.property()).isEqualTo("ovc.run.trigger.source");
        assertThat(Setting.TRIGGER_SOURCE.variable()).isEqualTo("OVC_RUN_TRIGGER_SOURCE");
        assertThat(Setting.named("trigger.actor")).isSameAs(Setting.TRIGGER_ACTOR);
        assertThat(Setting.named("nope")).isNull();
    }

    /** The rows of the table under "## Configuration" whose first cell is a setting name. */
    private static List<String> settingRows() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf("| name | variable | default | meaning |");
        assertThat(start).as("the settings table's header in %s", README).isNotNegative();
        List<String> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }
}
