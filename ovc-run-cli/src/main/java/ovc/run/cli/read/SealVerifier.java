package ovc.run.cli.read;

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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks a sealed run folder against its seal: manifest.json must be intact (its root hash over its
 * own entries, run_id, git_tree and empty folders, and MANIFEST.sha256 saying the same), and every
 * file must still have the size and SHA-256 it was sealed with, with none missing and none added;
 * every empty folder sealed must still be there and none added. A manifest of the older layout
 * {@link Seal#FORMAT_0_1} is still checked file by file, with a note that its other fields are not covered.
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
     * @param notes what the reader should know that does not make the folder different from its seal
     */
    public record Result(List<String> changed, List<String> missing, List<String> extra, List<String> manifestProblems,
            int files, List<String> notes) {
        /** Whether the folder is exactly as sealed. */
        public boolean intact() {
            return changed.isEmpty() && missing.isEmpty() && extra.isEmpty() && manifestProblems.isEmpty();
        }
    }

    private SealVerifier() {}

    /** Verifies {@code folder}; never throws for a damaged folder, it becomes a manifest problem. */
    public static Result verify(Path folder) {
        return verify(folder, null);
    }

    /**
     * Verifies {@code folder} and, with a {@code key}, the signature of its root hash.
     *
     * @param key checks manifest.json's signature, or {@code null} to check integrity only
     */
    public static Result verify(Path folder, SealKey.Verifier key) {
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> sealedDirs = new ArrayList<>();
        Map<String, Seal.FileEntry> sealed = readManifest(folder, problems, notes, sealedDirs, key);
        if (sealed == null) {
            return new Result(changed, missing, extra, problems, 0, notes);
        }
        Seal.Manifest now;
        try {
            now = Seal.scan(folder);
        } catch (IOException e) {
            problems.add("cannot read the folder: " + e.getMessage());
            return new Result(changed, missing, extra, problems, sealed.size(), notes);
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
        for (String dir : sealedDirs) {
            if (!now.emptyDirs().contains(dir)) {
                // Gone, or no longer empty (then its new files are extra too).
                missing.add(dir + "/ (an empty folder)");
            }
        }
        if (!notes.contains(OLDER_FORMAT)) {
            for (String dir : now.emptyDirs()) {
                if (!sealedDirs.contains(dir)) {
                    extra.add(dir + "/ (an empty folder)");
                }
            }
        }
        return new Result(changed, missing, extra, problems, sealed.size(), notes);
    }

    static final String OLDER_FORMAT = Seal.MANIFEST_JSON + ": older manifest version (" + Seal.FORMAT_0_1
            + "): git_tree, run_id and empty folders are not covered by its root hash; file hashes are checked";

    private static Map<String, Seal.FileEntry> readManifest(Path folder, List<String> problems, List<String> notes,
            List<String> sealedDirs, SealKey.Verifier key) {
        JsonNode manifest;
        try {
            manifest = RunFolder.JSON.readTree(Files.readString(folder.resolve(Seal.MANIFEST_JSON), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            problems.add(Seal.MANIFEST_JSON + ": missing (the folder is not sealed; run 'ovc-run seal')");
            return null;
        } catch (IOException | JacksonException e) {
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
        String format = RunFolder.text(manifest, "format");
        String sealedText;
        if (Seal.FORMAT_0_1.equals(format)) {
            notes.add(OLDER_FORMAT);
            sealedText = Seal.sha256sumLines(list);
        } else if (Seal.FORMAT.equals(format)) {
            JsonNode dirs = manifest.get("empty_dirs");
            if (dirs != null && dirs.isArray()) {
                for (JsonNode dir : dirs) {
                    sealedDirs.add(NodeText.of(dir));
                }
            } else {
                problems.add(Seal.MANIFEST_JSON + ": has no 'empty_dirs' array");
            }
            sealedText = Seal.sha256sumLines(list) + Seal.coveredFieldLines(String.valueOf(RunFolder.text(manifest, "run_id")),
                    RunFolder.text(manifest, "git_tree"), sealedDirs);
        } else {
            problems.add(Seal.MANIFEST_JSON + ": unknown format " + format + " (this ovc-run reads " + Seal.FORMAT
                    + " and " + Seal.FORMAT_0_1 + ")");
            return entries;
        }
        String root = Seal.sha256Hex(sealedText);
        String recorded = RunFolder.text(manifest, "root_sha256");
        if (!root.equals(recorded)) {
            problems.add(Seal.MANIFEST_JSON + ": root_sha256 " + recorded + " does not match its fields (" + root
                    + "): the manifest was edited");
        }
        String text = null;
        try {
            text = Files.readString(folder.resolve(Seal.MANIFEST_SHA256), StandardCharsets.UTF_8);
            if (!text.equals(sealedText + Seal.ROOT_PREFIX + root + "\n")) {
                problems.add(Seal.MANIFEST_SHA256 + ": does not say what manifest.json says");
                SealFieldDiff.name(sealedText, text, problems);
            }
        } catch (NoSuchFileException e) {
            problems.add(Seal.MANIFEST_SHA256 + ": missing");
        } catch (IOException e) {
            problems.add(Seal.MANIFEST_SHA256 + ": cannot be read: " + e.getMessage());
        }
        if (key != null) {
            key.check(manifest.get("signature"), recorded, problems);
        }
        return entries;
    }
}
