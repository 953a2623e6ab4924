package ovc.run.cli.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ovc.run.artifact.Seal;

/**
 * Checks a sealed run folder against its seal: manifest.json must be intact (its root hash over its
 * own entries, and MANIFEST.sha256 saying the same), and every file must still have the size and
 * SHA-256 it was sealed with, with none missing and none added.
 */
public final class SealVerifier {

    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    /**
     * The outcome.
     *
     * @param changed files whose size or hash differ, with what differs
     * @param missing sealed files that are gone
     * @param extra files not in the seal
     * @param manifestProblems why the seal itself cannot be trusted (unreadable, inconsistent)
     * @param files how many files the seal lists
     */
    public record Result(List<String> changed, List<String> missing, List<String> extra, List<String> manifestProblems,
            int files) {
        /** Whether the folder is exactly as sealed. */
        public boolean intact() {
            return changed.isEmpty() && missing.isEmpty() && extra.isEmpty() && manifestProblems.isEmpty();
        }
    }

    private SealVerifier() {}

    /** Verifies {@code folder}; never throws for a damaged folder, it becomes a manifest problem. */
    public static Result verify(Path folder) {
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Seal.FileEntry> sealed = readManifest(folder, problems);
        if (sealed == null) {
            return new Result(changed, missing, extra, problems, 0);
        }
        Seal.Manifest now;
        try {
            now = Seal.scan(folder);
        } catch (IOException e) {
            problems.add("cannot read the folder: " + e.getMessage());
            return new Result(changed, missing, extra, problems, sealed.size());
        }
        Map<String, Seal.FileEntry> current = new LinkedHashMap<>();
        now.files().forEach(file -> current.put(file.path(), file));
        for (Seal.FileEntry expected : sealed.values()) {
            Seal.FileEntry actual = current.get(expected.path());
            if (actual == null) {
                missing.add(expected.path());
            } else if (actual.bytes() != expected.bytes()) {
                changed.add(expected.path() + " (" + expected.bytes() + " bytes sealed, " + actual.bytes() + " now)");
            } else if (!actual.sha256().equals(expected.sha256())) {
                changed.add(expected.path() + " (same size, different SHA-256)");
            }
        }
        for (String path : current.keySet()) {
            if (!sealed.containsKey(path)) {
                extra.add(path);
            }
        }
        // A link or special file is never sealed, so any there now came after the seal.
        extra.addAll(now.unsealable());
        return new Result(changed, missing, extra, problems, sealed.size());
    }

    private static Map<String, Seal.FileEntry> readManifest(Path folder, List<String> problems) {
        JsonNode manifest;
        try {
            manifest = RunFolder.JSON.readTree(Files.readString(folder.resolve(Seal.MANIFEST_JSON), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            problems.add(Seal.MANIFEST_JSON + ": missing (the folder is not sealed; run 'ovc-run seal')");
            return null;
        } catch (IOException e) {
            problems.add(Seal.MANIFEST_JSON + ": cannot be read: " + e.getMessage());
            return null;
        }
        JsonNode files = manifest == null ? null : manifest.get("files");
        if (files == null || !files.isArray()) {
            problems.add(Seal.MANIFEST_JSON + ": has no 'files' array");
            return null;
        }
        Map<String, Seal.FileEntry> entries = new LinkedHashMap<>();
        for (JsonNode file : files) {
            String path = RunFolder.text(file, "path");
            String sha = RunFolder.text(file, "sha256");
            JsonNode bytes = file.get("bytes");
            if (path == null || sha == null || !SHA256.matcher(sha).matches() || bytes == null || !bytes.canConvertToLong()) {
                problems.add(Seal.MANIFEST_JSON + ": malformed entry " + file);
                continue;
            }
            entries.put(path, new Seal.FileEntry(path, bytes.asLong(), sha));
        }
        List<Seal.FileEntry> list = new ArrayList<>(entries.values());
        String root = Seal.rootSha256(list);
        String recorded = RunFolder.text(manifest, "root_sha256");
        if (!root.equals(recorded)) {
            problems.add(Seal.MANIFEST_JSON + ": root_sha256 " + recorded + " does not match its files (" + root
                    + "): the manifest was edited");
        }
        try {
            String expectedText = Seal.sha256sumLines(list) + Seal.ROOT_PREFIX + root + "\n";
            String text = Files.readString(folder.resolve(Seal.MANIFEST_SHA256), StandardCharsets.UTF_8);
            if (!text.equals(expectedText)) {
                problems.add(Seal.MANIFEST_SHA256 + ": does not say what manifest.json says");
            }
        } catch (NoSuchFileException e) {
            problems.add(Seal.MANIFEST_SHA256 + ": missing");
        } catch (IOException e) {
            problems.add(Seal.MANIFEST_SHA256 + ": cannot be read: " + e.getMessage());
        }
        return entries;
    }
}
