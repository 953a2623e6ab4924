package ovc.run.agent;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a woven method's {@link Site} from what the advice passes cheaply: the declaring class
 * (a class constant) and {@code name + descriptor} (a string constant). Per class, once per method.
 */
final class Sites {

    private static final ClassValue<Map<String, Site>> BY_CLASS = new ClassValue<>() {
        @Override
        protected Map<String, Site> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Sites() {}

    static Site of(Class<?> type, String nameAndDescriptor) {
        // No lambda here: this runs as a pipeline starts, and a first lambda costs milliseconds.
        Map<String, Site> sites = BY_CLASS.get(type);
        Site site = sites.get(nameAndDescriptor);
        if (site == null) {
            site = find(type, nameAndDescriptor);
            Site raced = sites.putIfAbsent(nameAndDescriptor, site);
            site = raced != null ? raced : site;
        }
        return site;
    }

    private static Site find(Class<?> type, String nameAndDescriptor) {
        for (Method method : type.getDeclaredMethods()) {
            if (nameAndDescriptor.startsWith(method.getName()) && nameAndDescriptor.equals(method.getName() + descriptor(method))) {
                return Site.of(method);
            }
        }
        AgentLog.problem("woven method " + type.getName() + "." + nameAndDescriptor + " not found by reflection");
        return Site.NONE;
    }

    static String descriptor(Method method) {
        StringBuilder out = new StringBuilder("(");
        for (Class<?> parameter : method.getParameterTypes()) {
            append(out, parameter);
        }
        append(out.append(')'), method.getReturnType());
        return out.toString();
    }

    private static void append(StringBuilder out, Class<?> type) {
        if (type.isArray()) {
            out.append(type.getName().replace('.', '/'));
        } else if (type.isPrimitive()) {
            out.append(switch (type.getName()) {
                case "void" -> 'V';
                case "boolean" -> 'Z';
                case "byte" -> 'B';
                case "char" -> 'C';
                case "short" -> 'S';
                case "int" -> 'I';
                case "long" -> 'J';
                case "float" -> 'F';
                default -> 'D';
            });
        } else {
            out.append('L').append(type.getName().replace('.', '/')).append(';');
        }
    }
}
