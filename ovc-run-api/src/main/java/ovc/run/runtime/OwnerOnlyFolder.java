package ovc.run.runtime;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.Set;

/**
 * The rule for a cache whose files are loaded as code (woven classes, the exporter's jar): what
 * protects them is who can write them. The folder must belong to this user and be writable by no
 * one else (it is created 0700, and so are the folders created above it); a file in it is trusted
 * only as a regular file, not a link, of the folder's owner that no one else may write (one
 * {@code lstat}, comparing numbers). Whoever can write into such a folder is the user (or root),
 * and can already change the user's classes and the shell that starts the JVM.
 */
public final class OwnerOnlyFolder {

    private static final int GROUP_OR_OTHERS_WRITE = 0022;
    private static final int FILE_TYPE = 0170000;
    private static final int REGULAR_FILE = 0100000;
    private static final int DIRECTORY = 0040000;
    private static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFolder() {}

    /** A folder that is not to be trusted, with the reason. */
    public static final class Untrusted extends IOException {

        private static final long serialVersionUID = 1L;

        Untrusted(String message) {
            super(message);
        }
    }

    /** The attribute that creates a file owner-only ({@code rw-------}) before a byte is written. */
    public static FileAttribute<Set<PosixFilePermission>> ownerOnlyFile() {
        return PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS);
    }

    /**
     * Opens {@code folder}, creating it (and the folders missing above it) owner-only.
     *
     * @return the uid of its owner, which each trusted file must have
     * @throws Untrusted naming why the folder cannot be trusted
     * @throws IOException when it cannot be created or read, or its file system has no owner-only permissions
     */
    public static int open(Path folder) throws IOException {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            throw new IOException("the file system of " + folder + " has no owner-only permissions");
        }
        if (!Files.isDirectory(folder)) {
            // Folders created above it are owner-only too: no one else can rename them away.
            Files.createDirectories(folder.getParent(), PosixFilePermissions.asFileAttribute(FOLDER_PERMISSIONS));
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER_PERMISSIONS));
            } catch (FileAlreadyExistsException raced) {
                // Another JVM created it first; it is checked like any existing folder.
            }
        }
        // One stat of the folder: its owner by name (the one user-name look-up), its numeric uid
        // (what each file is compared with) and its mode.
        Map<String, Object> attributes = Files.readAttributes(folder, "unix:owner,uid,mode");
        String ownerName = ((UserPrincipal) attributes.get("owner")).getName();
        String user = System.getProperty("user.name");
        if (!ownerName.equals(user)) {
            throw new Untrusted(folder + " belongs to " + ownerName + ", not to " + user);
        }
        int mode = ((Integer) attributes.get("mode")).intValue();
        if ((mode & FILE_TYPE) != DIRECTORY) {
            throw new Untrusted(folder + " is not a folder");
        }
        if ((mode & GROUP_OR_OTHERS_WRITE) != 0) {
            throw new Untrusted(folder + " is open to others (" + Integer.toOctalString(mode & 0777) + ")");
        }
        return ((Integer) attributes.get("uid")).intValue();
    }

    /**
     * Whether {@code file} is a regular file (a link is not followed) of {@code owner} that no one
     * else may write; {@code false} when there is none.
     */
    public static boolean isTrusted(Path file, int owner) throws IOException {
        Map<String, Object> attributes;
        try {
            attributes = Files.readAttributes(file, "unix:uid,mode", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException missing) {
            return false;
        }
        int mode = ((Integer) attributes.get("mode")).intValue();
        return ((Integer) attributes.get("uid")).intValue() == owner && (mode & FILE_TYPE) == REGULAR_FILE
                && (mode & GROUP_OR_OTHERS_WRITE) == 0;
    }
}
