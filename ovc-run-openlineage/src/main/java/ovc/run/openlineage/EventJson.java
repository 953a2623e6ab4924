package ovc.run.openlineage;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.openlineage.client.OpenLineageClientUtils;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ovc.run.json.JsonEscapes;

/**
 * An OpenLineage event as the JSON the official client sends ({@code OpenLineageClientUtils.toJson}):
 * each model object's properties in its {@code @JsonPropertyOrder}, null properties left out, a
 * facet's additional properties after its own, times in ISO-8601 with their offset, no whitespace.
 *
 * <p>Why not the client's mapper: its first use loads Jackson databind, three object mappers and
 * their modules, about 0.6 s of the pipeline's exit on a small run. The model's classes say all a
 * writer needs in two annotations, read once per class. A value of a type this writer does not know
 * (never one the exporter builds) falls back to the client's mapper, so the bytes stay the client's;
 * {@code EventJsonTest} compares the two on every shape of event the exporter makes.
 */
final class EventJson {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private EventJson() {}

    /** {@code event} (a run, dataset or job event of the OpenLineage model) as the client's JSON. */
    static String of(Object event) {
        String json = withoutMapper(event);
        return json != null ? json : OpenLineageClientUtils.toJson(event);
    }

    /** {@code event} written without the client's mapper, or {@code null} when it holds a value of a type it does not know. */
    static String withoutMapper(Object event) {
        StringBuilder out = new StringBuilder(4096);
        try {
            value(out, event);
        } catch (UnknownType unknown) {
            return null;
        }
        return out.toString();
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Enum<?> constant) {
            string(out, constant.name());
        } else if (value instanceof URI || value instanceof UUID) {
            string(out, value.toString());
        } else if (value instanceof ZonedDateTime time) {
            string(out, time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            members(out, map, true);
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(out, item);
            }
            out.append(']');
        } else {
            object(out, value);
        }
    }

    private static void object(StringBuilder out, Object value) {
        Shape shape = SHAPES.get(value.getClass());
        if (shape == null) {
            throw new UnknownType();
        }
        out.append('{');
        boolean first = true;
        for (int i = 0; i < shape.names.length; i++) {
            Object property = shape.read(shape.getters[i], value);
            if (property != null) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, shape.names[i]);
                out.append(':');
                value(out, property);
            }
        }
        if (shape.additional != null) {
            members(out, (Map<?, ?>) shape.read(shape.additional, value), first);
        }
        out.append('}');
    }

    // A map's entries in its order, null values left out as the client's mapper leaves them out.
    private static void members(StringBuilder out, Map<?, ?> map, boolean first) {
        if (map == null) {
            return;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, String.valueOf(entry.getKey()));
            out.append(':');
            value(out, entry.getValue());
        }
    }

    // Jackson's escaping: quote, backslash and the control characters (hex upper case); the rest as it is.
    private static void string(StringBuilder out, String text) {
        out.append('"');
        JsonEscapes.append(out, text, false, true);
        out.append('"');
    }

    /** A value of a type the model's annotations do not describe: the client's mapper writes it. */
    private static final class UnknownType extends RuntimeException {
        UnknownType() {
            super(null, null, false, false);
        }
    }

    /** How one model class is written: its properties' names and getters, and its additional properties. */
    private static final class Shape {
        final String[] names;
        final Method[] getters;
        final Method additional;

        private Shape(String[] names, Method[] getters, Method additional) {
            this.names = names;
            this.getters = getters;
            this.additional = additional;
        }

        /**
         * The shape of a model class, or {@code null} when {@code type} is none. The generated
         * classes name every property in their nearest {@code @JsonPropertyOrder}, each read by
         * {@code get<Name>}; the {@code Default*Facet} classes have no order but an any-getter, and
         * their properties are their fields' (superclass first) that have a getter, as Jackson finds
         * them. A class with a getter neither rule explains is not taken as a model class.
         */
        static Shape of(Class<?> type) {
            JsonPropertyOrder order = null;
            for (Class<?> c = type; c != null && order == null; c = c.getSuperclass()) {
                order = c.getAnnotation(JsonPropertyOrder.class);
            }
            Method additional = anyGetter(type);
            if (order == null && additional == null) {
                return null;
            }
            String[] names = order != null ? order.value() : fieldOrder(type, additional);
            Method[] getters = new Method[names.length];
            for (int i = 0; i < names.length; i++) {
                getters[i] = publicMethod(type, getterName(names[i]));
                if (getters[i] == null) {
                    return null;
                }
            }
            if (order == null && !everyGetterIn(type, names, additional)) {
                return null;
            }
            return new Shape(names, getters, additional);
        }

        private static String getterName(String property) {
            return "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        }

        // The instance fields, superclass first, that a public getter reads (not the any-getter's map).
        private static String[] fieldOrder(Class<?> type, Method additional) {
            ArrayDeque<Class<?>> chain = new ArrayDeque<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                chain.addFirst(c);
            }
            List<String> names = new ArrayList<>();
            for (Class<?> c : chain) {
                for (Field field : c.getDeclaredFields()) {
                    String getter = getterName(field.getName());
                    if (!Modifier.isStatic(field.getModifiers()) && !getter.equals(additional.getName())
                            && !names.contains(field.getName()) && publicMethod(type, getter) != null) {
                        names.add(field.getName());
                    }
                }
            }
            return names.toArray(new String[0]);
        }

        private static boolean everyGetterIn(Class<?> type, String[] names, Method additional) {
            Set<String> known = new HashSet<>();
            for (String name : names) {
                known.add(getterName(name));
            }
            known.add(additional.getName());
            known.add("getClass");
            for (Method method : type.getMethods()) {
                String name = method.getName();
                boolean getter = method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                        && (name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2);
                if (getter && !known.contains(name)) {
                    return false;
                }
            }
            return true;
        }

        private static Method anyGetter(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Method method : c.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(JsonAnyGetter.class)) {
                        return publicMethod(type, method.getName());
                    }
                }
            }
            return null;
        }

        // The getter as the nearest public class declares it (a facet of ours is package-private);
        // the call still reaches the override.
        private static Method publicMethod(Class<?> type, String name) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    try {
                        return c.getMethod(name);
                    } catch (NoSuchMethodException e) {
                        return null;
                    }
                }
            }
            return null;
        }

        Object read(Method getter, Object target) {
            try {
                return getter.invoke(target);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new UnknownType();
            }
        }
    }
}
