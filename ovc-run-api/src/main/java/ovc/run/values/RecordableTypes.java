package ovc.run.values;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one list of the types whose values {@code @RunInput} and {@code @RunOutput} turn into refs,
 * and how. The annotation processor accepts a declaration by looking its type and supertypes up
 * here by name; the runtime records a value by looking its class and superclasses up here by name;
 * so what compiles is what is recorded, and no entry loads a class (java.time stays unloaded until
 * a pipeline uses it).
 *
 * <p>Where a type has several entries (a {@code Path} is also an {@code Iterable}, an enum may be
 * a {@code RunRef}) the earlier entry wins. Arrays, like {@code Iterable}s and {@code Optional}s,
 * hold the values that are recorded, nested at most {@link #MAX_NESTING} deep.
 */
public final class RecordableTypes {

    /** How many arrays, {@code Iterable}s and {@code Optional}s are opened inside one another; stops a list that holds itself. */
    public static final int MAX_NESTING = 4;

    private static final List<RecordableType> ALL = new ArrayList<>();
    private static final Map<String, RecordableType> BY_NAME = new HashMap<>();

    static {
        add("ovc.run.Written", "Written", Rendering.WRITTEN, true);
        add("ovc.run.RunRef", "RunRef", Rendering.RUN_REF, false);
        add("java.lang.String", "String", Rendering.TEXT, true);
        add("java.lang.CharSequence", "CharSequence", Rendering.TEXT, false);
        // A Path iterates over its names, and a DirectoryStream can be read only once: neither is a list.
        add("java.nio.file.Path", "Path", Rendering.TEXT, false);
        add("java.nio.file.DirectoryStream", "DirectoryStream", Rendering.NONE, false);
        add("java.io.File", "File", Rendering.TEXT, false);
        add("java.net.URI", "URI", Rendering.TEXT, true);
        add("java.net.URL", "URL", Rendering.TEXT, true);
        add("java.util.UUID", "UUID", Rendering.TEXT, true);
        add("java.lang.Boolean", "boolean", Rendering.TEXT, true);
        add("java.lang.Character", "char", Rendering.TEXT, true);
        add("java.lang.Integer", "number", Rendering.WHOLE_NUMBER, true);
        add("java.lang.Long", "number", Rendering.WHOLE_NUMBER, true);
        add("java.lang.Short", "number", Rendering.WHOLE_NUMBER, true);
        add("java.lang.Byte", "number", Rendering.WHOLE_NUMBER, true);
        add("java.lang.Double", "number", Rendering.NUMBER, true);
        add("java.lang.Float", "number", Rendering.NUMBER, true);
        add("java.math.BigDecimal", "number", Rendering.PLAIN_DECIMAL, false);
        add("java.lang.Number", "number", Rendering.NUMBER, false);
        add("java.lang.Enum", "enum", Rendering.ENUM_NAME, false);
        add("java.time.LocalDate", "LocalDate", Rendering.TEXT, true);
        add("java.time.LocalDateTime", "LocalDateTime", Rendering.TEXT, true);
        add("java.time.LocalTime", "LocalTime", Rendering.TEXT, true);
        add("java.time.Instant", "Instant", Rendering.INSTANT, true);
        add("java.time.OffsetDateTime", "OffsetDateTime", Rendering.TEXT, true);
        add("java.time.OffsetTime", "OffsetTime", Rendering.TEXT, true);
        add("java.time.ZonedDateTime", "ZonedDateTime", Rendering.TEXT, true);
        add("java.time.Year", "Year", Rendering.TEXT, true);
        add("java.time.YearMonth", "YearMonth", Rendering.TEXT, true);
        add("java.time.MonthDay", "MonthDay", Rendering.TEXT, true);
        add("java.time.Duration", "Duration", Rendering.TEXT, true);
        add("java.time.Period", "Period", Rendering.TEXT, true);
        add("java.time.ZoneId", "ZoneId", Rendering.TEXT, false);
        add("java.util.Optional", "Optional", Rendering.OPTIONAL, true);
        add("java.lang.Iterable", "Iterable", Rendering.ITERABLE, false);
    }

    private RecordableTypes() {}

    private static void add(String name, String label, Rendering rendering, boolean exact) {
        RecordableType type = new RecordableType(name, label, rendering, exact, ALL.size());
        ALL.add(type);
        BY_NAME.put(name, type);
    }

    /** Every entry, earliest (strongest) first. */
    public static List<RecordableType> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The entry for exactly this canonical name, or {@code null}: no supertype is looked at. */
    public static RecordableType named(String canonicalName) {
        return BY_NAME.get(canonicalName);
    }

    /** Of two entries that apply to one type (either may be {@code null}), the one that decides. */
    public static RecordableType stronger(RecordableType a, RecordableType b) {
        if (a == null) {
            return b;
        }
        return b == null || a.priority() <= b.priority() ? a : b;
    }

    /**
     * The entry that decides how a value of class {@code type} is recorded, from the class, its
     * superclasses and all their interfaces; {@code null} when none is listed. Arrays are not
     * looked up: they are containers by their kind, not by name.
     */
    public static RecordableType of(Class<?> type) {
        RecordableType own = named(type.getName());
        if (own != null && own.exact()) {
            return own;
        }
        return strongestIn(type, own);
    }

    private static RecordableType strongestIn(Class<?> type, RecordableType found) {
        RecordableType strongest = found;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            strongest = stronger(strongest, named(c.getName()));
            for (Class<?> implemented : c.getInterfaces()) {
                strongest = strongestIn(implemented, strongest);
            }
        }
        return strongest;
    }

    /**
     * What a value must be to be recorded where it stands, for messages: {@code String,
     * CharSequence, ..., RunRef, or an Optional, array or Iterable of them}.
     *
     * @param output whether for an output without a ref (where numbers are counts, and {@code Written} counts)
     */
    public static String summary(boolean output) {
        List<String> labels = new ArrayList<>();
        // ovc-run's own types last: they come first in the list only to win over the JDK's.
        addLabels(labels, output, false);
        addLabels(labels, output, true);
        return String.join(", ", labels) + ", or an Optional, array or Iterable of them";
    }

    private static void addLabels(List<String> labels, boolean output, boolean ours) {
        for (RecordableType type : ALL) {
            if (type.name().startsWith("ovc.run.") == ours && type.rendering().recordable(output)
                    && !labels.contains(type.label())) {
                labels.add(type.label());
            }
        }
    }
}
