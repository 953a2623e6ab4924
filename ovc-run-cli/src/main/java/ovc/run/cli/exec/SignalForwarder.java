package ovc.run.cli.exec;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Takes SIGTERM, SIGINT and SIGHUP away from the JVM's default handling (which would start the
 * shutdown hooks while the wrapped command still runs) for as long as a command is wrapped, and
 * hands each to a callback with the signal's number.
 *
 * <p>It uses {@code sun.misc.Signal} from the {@code jdk.unsupported} module, present on every
 * HotSpot JDK, through reflection so the build has no internal-API warning; where it is missing or a
 * signal is reserved ({@code -Xrs}), that signal keeps its default handling: the JVM shuts down, the
 * runtime's hook finishes the run as terminated and the exec shutdown hook stops the command.
 */
final class SignalForwarder implements AutoCloseable {

    private static final String[] SIGNALS = {"TERM", "INT", "HUP"};

    private final Map<Object, Object> previous = new LinkedHashMap<>();
    private final Method handle;

    private SignalForwarder(Method handle) {
        this.handle = handle;
    }

    /** Installs the handlers; never throws (a signal that cannot be handled is left alone). */
    static SignalForwarder install(IntConsumer onSignal) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Constructor<?> newSignal = signalClass.getConstructor(String.class);
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            Method number = signalClass.getMethod("getNumber");
            Object handler = Proxy.newProxyInstance(SignalForwarder.class.getClassLoader(), new Class<?>[] {handlerClass},
                    (proxy, method, args) -> {
                        if (method.getName().equals("handle") && args != null && args.length == 1) {
                            onSignal.accept((Integer) number.invoke(args[0]));
                            return null;
                        }
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            case "toString" -> "ovc-run signal forwarder";
                            default -> null;
                        };
                    });
            SignalForwarder forwarder = new SignalForwarder(handle);
            for (String name : SIGNALS) {
                try {
                    Object signal = newSignal.newInstance(name);
                    forwarder.previous.put(signal, handle.invoke(null, signal, handler));
                } catch (ReflectiveOperationException | RuntimeException reserved) {
                    // Reserved by the JVM (-Xrs) or unknown on this platform: default handling stays.
                }
            }
            return forwarder;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            return new SignalForwarder(null);
        }
    }

    /** Whether any signal is forwarded. */
    boolean active() {
        return !previous.isEmpty();
    }

    /** Gives the signals back to the handlers they had before. */
    @Override
    public void close() {
        previous.forEach((signal, handler) -> {
            try {
                handle.invoke(null, signal, handler);
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // The JVM is shutting down or the signal became reserved: nothing left to restore.
            }
        });
        previous.clear();
    }

    /** The conventional name of a signal number, for messages. */
    static String name(int signal) {
        return switch (signal) {
            case 1 -> "SIGHUP";
            case 2 -> "SIGINT";
            case 15 -> "SIGTERM";
            default -> "signal " + signal;
        };
    }
}
