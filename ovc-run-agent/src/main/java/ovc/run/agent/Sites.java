package ovc.run.agent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a woven method's {@link Site} from what the advice passes as constants: the declaring class
 * and the method's {@link Declaration}. Decoded once per method, then kept with the class.
 */
final class Sites {

    private static final ClassValue<Map<String, Site>> BY_CLASS = new ClassValue<>() {
        @Override
        protected Map<String, Site> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Sites() {}

    static Site of(Class<?> type, String declaration) {
        // No lambda here: this runs as a pipeline starts, and a first lambda costs milliseconds.
        Map<String, Site> sites = BY_CLASS.get(type);
        Site site = sites.get(declaration);
        if (site == null) {
            site = Site.of(type, declaration);
            Site raced = sites.putIfAbsent(declaration, site);
            site = raced != null ? raced : site;
        }
        return site;
    }
}
