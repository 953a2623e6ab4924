package ovc.run.runtime;

import java.nio.file.Path;
import java.util.Map;

/**
 * ovc-run's folder in the user's cache, where what can be made again is kept between processes:
 * {@code $XDG_CACHE_HOME/ovc-run}, else {@code ~/.cache/ovc-run} (the XDG base directory rule).
 */
public final class CacheHome {

    private CacheHome() {}

    /**
     * The folder for {@code variables} and {@code userHome}, or {@code null} when neither gives one
     * (no home, as in some containers).
     */
    public static Path of(Map<String, String> variables, String userHome) {
        String xdg = variables.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "ovc-run");
        }
        return userHome == null || userHome.isBlank() || userHome.equals("?") ? null : Path.of(userHome, ".cache", "ovc-run");
    }

    /** The running process's folder, or {@code null}. */
    public static Path ofProcess() {
        return of(System.getenv(), System.getProperty("user.home"));
    }
}
