package ovc.run.artifact;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The layout of Python's {@code json.dumps(..., indent=2)}: a newline and two spaces per level
 * before every member, {@code ": "} between key and value, and {@code []} / {@code {}} for empty
 * containers (Jackson's default printer writes {@code [ ]} and {@code " : "}).
 *
 * <p>Stateful (it tracks the depth), so one instance serves exactly one generator.
 */
final class PythonIndentPrinter implements PrettyPrinter {

    private int depth;

    private void newlineAndIndent(JsonGenerator gen) throws IOException {
        gen.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            gen.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator gen) throws IOException {
        gen.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator gen) throws IOException {
        newlineAndIndent(gen);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(',');
        newlineAndIndent(gen);
    }

    @Override
    public void writeEndObject(JsonGenerator gen, int nrOfEntries) throws IOException {
        depth--;
        if (nrOfEntries > 0) {
            newlineAndIndent(gen);
        }
        gen.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator gen) throws IOException {
        gen.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator gen) throws IOException {
        newlineAndIndent(gen);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(',');
        newlineAndIndent(gen);
    }

    @Override
    public void writeEndArray(JsonGenerator gen, int nrOfValues) throws IOException {
        depth--;
        if (nrOfValues > 0) {
            newlineAndIndent(gen);
        }
        gen.writeRaw(']');
    }
}
