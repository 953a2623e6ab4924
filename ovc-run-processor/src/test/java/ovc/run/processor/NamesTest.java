package ovc.run.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import ovc.run.Pipeline;
import ovc.run.Run;
import ovc.run.RunInput;
import ovc.run.RunOutput;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void namesTheProcessorLooksForAreTheApisTypes() {
        assertEquals(Pipeline.class.getName(), Names.PIPELINE);
        assertEquals(RunInput.class.getName(), Names.RUN_INPUT);
        assertEquals(RunOutput.class.getName(), Names.RUN_OUTPUT);
        assertEquals(Run.class.getName(), Names.RUN);
    }

    @Test
    void processorIsRegisteredForJavacAndAsAggregatingForGradle() throws IOException {
        assertEquals(OvcRunProcessor.class.getName() + "\n",
                resource("META-INF/services/javax.annotation.processing.Processor"));
        assertEquals(OvcRunProcessor.class.getName() + ",aggregating\n",
                resource("META-INF/gradle/incremental.annotation.processors"));
    }

    @Test
    void everyTagIsItsNameInKebabCase() {
        assertEquals("[ovc-run:pipeline-id]", Tag.PIPELINE_ID.text);
        assertEquals("ovc-run:io-type-near-miss", Tag.IO_TYPE_NEAR_MISS.key);
    }

    @Test
    void everyMessageStartsWithATag() throws IllegalAccessException {
        java.util.Set<String> tags = new java.util.HashSet<>();
        for (Tag tag : Tag.values()) {
            tags.add(tag.text);
        }
        for (java.lang.reflect.Field field : Messages.class.getDeclaredFields()) {
            if (field.getType() == String.class && !field.getName().equals("DID_YOU_MEAN")) {
                String message = (String) field.get(null);
                assertEquals(true, tags.contains(message.substring(0, message.indexOf(']') + 1)), field.getName());
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OvcRunProcessor.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
