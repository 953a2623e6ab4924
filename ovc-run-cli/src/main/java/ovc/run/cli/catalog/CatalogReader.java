package ovc.run.cli.catalog;

import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationParameterValueList;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.MethodParameterInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import ovc.run.cli.read.NodeText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the pipelines of a class path: each jar or class folder's
 * {@code META-INF/ovc-run/pipelines.json} (written by the annotation processor), or, where there is
 * none, the {@code @Pipeline} methods of its class files, scanned with ClassGraph.
 */
public final class CatalogReader {

    /** Where the annotation processor writes the catalog. */
    public static final String CATALOG = "META-INF/ovc-run/pipelines.json";
    /** The catalog layout this reader understands. */
    public static final String FORMAT = "ovc-run-catalog/0.1";
    private static final String PIPELINE_ANNOTATION = "ovc.run.Pipeline";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What a class path holds.
     *
     * @param pipelines sorted by id, then location
     * @param problems one message per element that could not be read
     */
    public record Result(List<CatalogEntry> pipelines, List<String> problems) {}

    private CatalogReader() {}

    /** Reads every element of {@code classPath}; never throws for a bad element, it becomes a problem. */
    public static Result read(List<Path> classPath) {
        List<CatalogEntry> pipelines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path element : classPath) {
            try {
                if (!Files.exists(element)) {
                    problems.add(element + ": no such file or folder");
                    continue;
                }
                String catalog = catalogText(element);
                if (catalog != null) {
                    pipelines.addAll(parse(catalog, element, problems));
                } else {
                    pipelines.addAll(scan(element));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(element + ": cannot be read: " + e.getMessage());
            }
        }
        pipelines.sort(Comparator.comparing(CatalogEntry::id).thenComparing(CatalogEntry::location)
                .thenComparing(CatalogEntry::className));
        return new Result(pipelines, problems);
    }

    private static String catalogText(Path element) throws IOException {
        if (Files.isDirectory(element)) {
            Path file = element.resolve(CATALOG);
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        }
        try (ZipFile jar = new ZipFile(element.toFile())) {
            ZipEntry entry = jar.getEntry(CATALOG);
            if (entry == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    static List<CatalogEntry> parse(String text, Path element, List<String> problems) {
        List<CatalogEntry> entries = new ArrayList<>();
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.add(element + "!/" + CATALOG + ": not valid JSON: " + e.getOriginalMessage());
            return entries;
        }
        String format = NodeText.orElse(tree.path("format"), "");
        if (!format.equals(FORMAT)) {
            problems.add(element + "!/" + CATALOG + ": format '" + format + "' is not " + FORMAT + "; reading it anyway");
        }
        JsonNode list = tree.path("pipelines");
        if (!list.isArray()) {
            problems.add(element + "!/" + CATALOG + ": has no 'pipelines' array");
            return entries;
        }
        for (JsonNode pipeline : list) {
            String id = NodeText.orElse(pipeline.path("id"), null);
            String version = NodeText.orElse(pipeline.path("version"), null);
            if (id == null || version == null) {
                problems.add(element + "!/" + CATALOG + ": an entry has no id or version: " + pipeline);
                continue;
            }
            List<String> env = new ArrayList<>();
            pipeline.path("required_env").forEach(name -> env.add(NodeText.of(name)));
            entries.add(new CatalogEntry(id, version, env, NodeText.orElse(pipeline.path("class"), "?"),
                    NodeText.orElse(pipeline.path("method"), "?"), "catalog", element.toString()));
        }
        return entries;
    }

    static List<CatalogEntry> scan(Path element) {
        List<CatalogEntry> entries = new ArrayList<>();
        try (ScanResult result = new ClassGraph()
                .overrideClasspath(element.toString())
                .enableClassInfo()
                .enableMethodInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .ignoreMethodVisibility()
                .scan()) {
            for (ClassInfo type : result.getClassesWithMethodAnnotation(PIPELINE_ANNOTATION)) {
                for (MethodInfo method : type.getDeclaredMethodInfo()) {
                    AnnotationInfo annotation = method.getAnnotationInfo(PIPELINE_ANNOTATION);
                    if (annotation == null) {
                        continue;
                    }
                    AnnotationParameterValueList values = annotation.getParameterValues();
                    List<String> env = new ArrayList<>();
                    Object required = values.getValue("requiredEnv");
                    if (required instanceof Object[] names) {
                        for (Object name : names) {
                            env.add(String.valueOf(name));
                        }
                    } else if (required != null) {
                        env.add(required.toString());
                    }
                    entries.add(new CatalogEntry(String.valueOf(values.getValue("id")),
                            String.valueOf(values.getValue("version")), env, type.getName(), signature(method), "scan",
                            element.toString()));
                }
            }
        }
        return entries;
    }

    private static String signature(MethodInfo method) {
        StringBuilder text = new StringBuilder(method.getName()).append('(');
        MethodParameterInfo[] parameters = method.getParameterInfo();
        for (int i = 0; i < parameters.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(parameters[i].getTypeDescriptor().toString());
        }
        return text.append(')').toString();
    }
}
