package ovc.run.agent;

import java.io.IOException;

/**
 * The woven class cache's folder is not one only this user can write: the cache is skipped (a
 * debug line, not a warning: nothing is wrong with the run, and a shared machine may well have such
 * a folder), where any other failure to open it is a problem worth a warning.
 */
final class UntrustedCacheFolder extends IOException {

    private static final long serialVersionUID = 1L;

    UntrustedCacheFolder(String message) {
        super(message);
    }
}
