package ovc.run.agent;

import java.lang.instrument.Instrumentation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The module edges a modular application needs for the agent to work in it as it does on the class
 * path. An agent always runs in the system class loader's unnamed module, whatever the application
 * is, so:
 *
 * <ul>
 *   <li>with ovc-run-api a named module (its jar on the module path, as an application that
 *       {@code requires ovc.run.api} puts it), the api exports its internals only to the modules
 *       its descriptor names, never to an unnamed one: every package of it is exported to the agent's
 *       module before the agent touches any ({@link #exportApiToAgent}). That module is the class
 *       path's, which a modular application leaves to libraries that are not modules;
 *   <li>a woven class of a named module calls the agent's {@link AdviceBridge}, and a named module
 *       reads no unnamed one unless told to: each such module is made to read the agent as its
 *       first class is woven ({@link #letReadAgent}).
 * </ul>
 *
 * Both through {@link Instrumentation#redefineModule}, the JDK's way for an agent to add edges.
 * On the class path, the usual case, there is no named module to change and nothing is done.
 */
final class ModuleEdges {

    /** The api's module name, from its {@code module-info}. */
    static final String API_MODULE = "ovc.run.api";

    private ModuleEdges() {}

    /**
     * Exports every package of a named ovc-run-api to the agent; does nothing when it is not one.
     *
     * @return what was done, for the debug output, or {@code null} when nothing was
     */
    static String exportApiToAgent(Instrumentation instrumentation) {
        Optional<Module> found = ModuleLayer.boot().findModule(API_MODULE);
        if (found.isEmpty()) {
            return null;
        }
        Module api = found.get();
        Module agent = ModuleEdges.class.getModule();
        Map<String, Set<Module>> exports = new HashMap<>();
        for (String name : api.getPackages()) {
            if (!api.isExported(name, agent)) {
                exports.put(name, Set.of(agent));
            }
        }
        if (exports.isEmpty()) {
            return null;
        }
        instrumentation.redefineModule(api, Set.of(), exports, Map.of(), Set.of(), Map.of());
        return "ovc-run-api is the named module " + API_MODULE + ": its " + exports.size()
                + " internal packages exported to the agent's " + agent;
    }

    /**
     * Makes {@code module}, which holds a woven class, read the agent, when it is named and does not yet.
     *
     * @return whether it had to be made to
     */
    static boolean letReadAgent(Instrumentation instrumentation, Module module) {
        Module agent = ModuleEdges.class.getModule();
        if (module == null || !module.isNamed() || module.canRead(agent)) {
            return false;
        }
        instrumentation.redefineModule(module, Set.of(agent), Map.of(), Map.of(), Set.of(), Map.of());
        return true;
    }
}
