package ovc.run.values;

/**
 * One entry of {@link RecordableTypes}: a type whose values (and those of its subtypes, unless it
 * is {@code exact}) {@code @RunInput} and {@code @RunOutput} record without a ref.
 *
 * @param name the canonical name, as the annotation processor and {@code Class.getName()} spell it
 * @param label how messages and the documentation name it ({@code LocalDate}, {@code number})
 * @param rendering how its values become a ref
 * @param exact whether the type is final and no other entry can apply to it, so a lookup may stop there
 * @param priority its place in the list: where a value's type has several entries, the lowest wins
 */
public record RecordableType(String name, String label, Rendering rendering, boolean exact, int priority) {}
