package ovc.run.modulepath;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ovc.run.openlineage.BackFill;

/**
 * Exports one run folder to a backend, started by {@link ExporterModulePathIT} with the api and the
 * exporter on the module path: the exporter then reaches the api's internals only through the
 * qualified exports of the api's module-info.
 */
public final class ExportOnModulePath {

    private ExportOnModulePath() {}

    /** {@code args}: the backend's URL, the run folder. Exits with {@link BackFill#export}'s code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        out.println("exporter module: " + BackFill.class.getModule().getName());
        int code = BackFill.export(Map.of(), Map.of(), Path.of("."), args[0], List.of(Path.of(args[1])), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
