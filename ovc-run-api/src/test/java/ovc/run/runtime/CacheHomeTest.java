package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ovc-run's cache folder follows the XDG base directory rule, and there is none without a home. */
class CacheHomeTest {

    @Test
    void xdgCacheHomeWinsThenTheHomesDotCache() {
        assertThat(CacheHome.of(Map.of("XDG_CACHE_HOME", "/var/cache/u"), "/home/u")).isEqualTo(Path.of("/var/cache/u/ovc-run"));
        assertThat(CacheHome.of(Map.of("XDG_CACHE_HOME", " "), "/home/u")).isEqualTo(Path.of("/home/u/.cache/ovc-run"));
        assertThat(CacheHome.of(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/ovc-run"));
    }

    @Test
    void noHomeGivesNoCache() {
        assertThat(CacheHome.of(Map.of(), null)).isNull();
        assertThat(CacheHome.of(Map.of(), "?")).isNull();
        assertThat(CacheHome.of(Map.of(), "")).isNull();
    }
}
