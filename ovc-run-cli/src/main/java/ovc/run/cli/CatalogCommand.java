package ovc.run.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ovc.run.json.CanonicalJson;
import ovc.run.cli.catalog.CatalogEntry;
import ovc.run.cli.catalog.CatalogReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ovc-run catalog}: the pipelines a class path declares. */
@Command(name = "catalog",
        description = {"Lists the pipelines of jars and class folders: their META-INF/ovc-run/pipelines.json"
                + " (written by the annotation processor), or, for one built without it, the @Pipeline methods"
                + " found by scanning its classes."},
        mixinStandardHelpOptions = true)
final class CatalogCommand implements Callable<Integer> {

    @ParentCommand
    OvcRun root;

    @Spec
    CommandSpec spec;

    @Option(names = {"--classpath", "-cp"}, paramLabel = "CP",
            description = "A class path: jars and class folders separated by the platform's path separator (':').")
    String classPath;

    @Parameters(arity = "0..*", paramLabel = "JAR", description = "Jars or class folders.")
    List<Path> jars = new ArrayList<>();

    @Option(names = "--json", description = "Print {pipelines, problems} as JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<Path> elements = elements(root, classPath, jars);
        if (elements.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --classpath CP or at least one JAR");
        }
        CatalogReader.Result result = CatalogReader.read(elements);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> tree = new LinkedHashMap<>();
            List<Object> list = new ArrayList<>();
            for (CatalogEntry entry : result.pipelines()) {
                list.add(toJson(entry));
            }
            tree.put("pipelines", list);
            tree.put("problems", result.problems());
            out.print(CanonicalJson.write(tree));
        } else {
            if (result.pipelines().isEmpty()) {
                out.println("no pipelines found");
            } else {
                Table table = new Table("PIPELINE", "VERSION", "REQUIRED_ENV", "METHOD", "SOURCE", "LOCATION");
                for (CatalogEntry entry : result.pipelines()) {
                    table.row(entry.id(), entry.version(),
                            entry.requiredEnv().isEmpty() ? null : String.join(",", entry.requiredEnv()),
                            entry.className() + "#" + entry.method(), entry.source(), entry.location());
                }
                table.print(out);
            }
            result.problems().forEach(problem -> spec.commandLine().getErr().println("ovc-run catalog: " + problem));
            spec.commandLine().getErr().flush();
        }
        out.flush();
        return result.problems().isEmpty() ? 0 : 1;
    }

    static List<Path> elements(OvcRun root, String classPath, List<Path> jars) {
        List<Path> elements = new ArrayList<>();
        if (classPath != null) {
            for (String part : classPath.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
                if (!part.isBlank()) {
                    elements.add(root.resolve(Path.of(part)));
                }
            }
        }
        if (jars != null) {
            jars.forEach(jar -> elements.add(root.resolve(jar)));
        }
        return elements;
    }

    static Map<String, Object> toJson(CatalogEntry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", entry.id());
        map.put("version", entry.version());
        map.put("required_env", entry.requiredEnv());
        map.put("class", entry.className());
        map.put("method", entry.method());
        map.put("source", entry.source());
        map.put("location", entry.location());
        return map;
    }
}
