package ovc.run.processor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import ovc.run.json.JsonReader;

/**
 * The pipelines that catalogs already on the class path declare, for the duplicate check.
 *
 * <p>The processing API has no way to list every copy of a resource on the compile class path:
 * {@code Filer.getResource(CLASS_PATH, ...)} answers with the first one only. So both routes are
 * taken: the processor's own class loader (which is the class path when javac discovered the
 * processor there) and the Filer; copies found twice count once. The catalog this compilation
 * writes (a previous build's, in the class output) is never counted.
 */
final class ClassPathCatalogs {

    /** One pipeline of a catalog on the class path. */
    record Entry(String id, String className, String method, String catalog) {}

    private final Filer filer;
    private final ClassLoader loader;
    private final Diagnostics diagnostics;

    ClassPathCatalogs(Filer filer, ClassLoader loader, Diagnostics diagnostics) {
        this.filer = filer;
        this.loader = loader;
        this.diagnostics = diagnostics;
    }

    /** Every pipeline in the other catalogs, by id (the first catalog wins when they disagree). */
    Map<String, Entry> load() {
        Map<String, Source> found = new LinkedHashMap<>(); // location -> how to read it
        if (loader != null) {
            try {
                Enumeration<URL> urls = loader.getResources(Names.CATALOG);
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    found.putIfAbsent(canonical(url.toString()), () -> readUrl(url));
                }
            } catch (IOException e) {
                diagnostics.warning(String.format(Messages.CATALOG_UNREADABLE, "(class loader)", e));
            }
        }
        try {
            FileObject first = filer.getResource(StandardLocation.CLASS_PATH, "", Names.CATALOG);
            found.putIfAbsent(canonical(first.toUri().toString()), () -> first.getCharContent(true).toString());
        } catch (IOException | IllegalArgumentException | IllegalStateException none) {
            // No catalog on the class path, or a Filer that cannot read it: nothing to compare with.
        }
        if (!found.isEmpty()) {
            // Asked only now: an in-memory file manager creates the output file when asked for it.
            found.remove(location(StandardLocation.CLASS_OUTPUT));
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, Source> catalog : found.entrySet()) {
            try {
                for (Entry entry : parse(catalog.getKey(), catalog.getValue().text())) {
                    entries.putIfAbsent(entry.id(), entry);
                }
            } catch (IOException e) {
                diagnostics.warning(String.format(Messages.CATALOG_UNREADABLE, catalog.getKey(), e));
            } catch (IllegalArgumentException | ClassCastException | NullPointerException malformed) {
                diagnostics.warning(String.format(Messages.CATALOG_UNREADABLE, catalog.getKey(), malformed.getMessage()));
            }
        }
        return entries;
    }

    private interface Source {
        String text() throws IOException;
    }

    private static String readUrl(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false); // a cached JarFile would stay open (and locked) after the build
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String location(StandardLocation where) {
        try {
            return canonical(filer.getResource(where, "", Names.CATALOG).toUri().toString());
        } catch (IOException | IllegalArgumentException | IllegalStateException none) {
            return "";
        }
    }

    static List<Entry> parse(String location, String text) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Object> catalog = JsonReader.standard().readObject(text);
        for (Object item : (List<?>) catalog.get("pipelines")) {
            Map<?, ?> pipeline = (Map<?, ?>) item;
            entries.add(new Entry((String) pipeline.get("id"), (String) pipeline.get("class"),
                    (String) pipeline.get("method"), location));
        }
        return entries;
    }

    /**
     * One spelling per file: {@code file:/a}, {@code file:///a} and {@code jar:file:/x.jar!/e}
     * from the class loader and the file manager name the same files differently.
     */
    static String canonical(String uri) {
        try {
            int separator = uri.indexOf("!/");
            if (uri.startsWith("jar:") && separator > 0) {
                return "jar:" + canonical(uri.substring(4, separator)) + uri.substring(separator);
            }
            if (uri.startsWith("file:")) {
                return Paths.get(new URI(uri)).toAbsolutePath().normalize().toUri().toString();
            }
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException odd) {
            // Keep the spelling we were given.
        }
        return uri;
    }
}
