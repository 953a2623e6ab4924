package ovc.run.agent;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the woven class cache within a size: when its entries together exceed the bound, the
 * oldest written go first until they fit. Entries are named by content, so every new build of a
 * pipeline adds entries and none is ever replaced; without this, a scheduled pipeline rebuilt daily
 * would grow the folder forever. Only regular {@code *.ovcw} files are counted or deleted; anything
 * else in the folder is left alone. Pruning runs after a store (a JVM that weaves), never on a
 * repeat run that only reads.
 */
final class WovenCachePruner {

    /** 32 MiB: thousands of woven classes, a trifle on any disk. */
    static final long DEFAULT_LIMIT_BYTES = 32L << 20;

    private WovenCachePruner() {}

    /**
     * Deletes the oldest entries of {@code folder} until those left take at most {@code limitBytes}.
     *
     * @return how many entries were deleted
     * @throws IOException when the folder cannot be listed
     */
    static int prune(Path folder, String suffix, long limitBytes) throws IOException {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        // Unfiltered, the suffix compared here: a glob filter compiles to a regex (~20 classes).
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Path name = file.getFileName();
                if (name == null || !name.toString().endsWith(suffix)) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException vanished) {
                    continue; // another JVM pruned it first
                }
                if (attributes.isRegularFile()) {
                    entries.add(new Entry(file, attributes.lastModifiedTime().toMillis(), attributes.size()));
                    total += attributes.size();
                }
            }
        }
        if (total <= limitBytes) {
            return 0;
        }
        entries.sort(Comparator.comparingLong(Entry::written).thenComparing(entry -> entry.file().toString()));
        int deleted = 0;
        for (Entry entry : entries) {
            if (total <= limitBytes) {
                break;
            }
            if (Files.deleteIfExists(entry.file())) {
                deleted++;
            }
            total -= entry.size();
        }
        return deleted;
    }

    private record Entry(Path file, long written, long size) {}
}
