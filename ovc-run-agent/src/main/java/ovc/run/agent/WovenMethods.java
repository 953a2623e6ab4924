package ovc.run.agent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a woven method's {@link WovenMethod} from what the advice passes as constants: the declaring class
 * and the method's {@link DeclarationConstant}. Decoded once per method, then kept with the class.
 */
final class WovenMethods {

    private static final ClassValue<Map<String, WovenMethod>> BY_CLASS = new ClassValue<>() {
        @Override
        protected Map<String, WovenMethod> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private WovenMethods() {}

    static WovenMethod of(Class<?> type, String declaration) {
        // No lambda here: this runs as a pipeline starts, and a first lambda costs milliseconds.
        Map<String, WovenMethod> sites = BY_CLASS.get(type);
        WovenMethod site = sites.get(declaration);
        if (site == null) {
            site = WovenMethod.of(type, declaration);
            WovenMethod raced = sites.putIfAbsent(declaration, site);
            site = raced != null ? raced : site;
        }
        return site;
    }
}
