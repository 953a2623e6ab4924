package ovc.run.junit;

import ovc.run.RunStatus;

/**
 * Whether this extension can read run folders. It reads them with ovc-run-api's JSON reader, which
 * a named ovc-run-api (a modular project, whose tests surefire runs on the module path) exports only
 * to the module {@code ovc.run.junit}, the name this jar gives itself; on the class path beside it,
 * where surefire puts test-only dependencies, the extension is in the unnamed module and the reader
 * out of reach. Said before the test, with what to do, instead of an {@code IllegalAccessError} at
 * its first assertion.
 */
final class JsonReaderAccess {

    /** The api's package this extension needs. */
    static final String READER_PACKAGE = "ovc.run.json";

    private JsonReaderAccess() {}

    /** What stops this extension from reading run folders, or {@code null} when nothing does. */
    static String problem() {
        Module api = RunStatus.class.getModule();
        Module own = JsonReaderAccess.class.getModule();
        if (!api.isNamed() || api.isExported(READER_PACKAGE, own)) {
            return null;
        }
        return "ovc-run-api is the named module " + api.getName() + " here, and exports the JSON reader that "
                + "@RecordedRuns reads run folders with (" + READER_PACKAGE + ") only to the module ovc.run.junit; this "
                + "ovc-run-junit is in " + own + ". Run the tests under the agent (-javaagent:ovc-run-agent.jar "
                + "exports it), put ovc-run-junit on the module path, or give the test JVM --add-exports "
                + api.getName() + "/" + READER_PACKAGE + "=ALL-UNNAMED (surefire's argLine).";
    }
}
