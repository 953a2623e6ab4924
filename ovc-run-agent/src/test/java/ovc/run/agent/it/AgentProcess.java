package ovc.run.agent.it;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixture program in a forked JVM, run as a user runs it: {@code java -javaagent:<packaged jar>
 * -cp <fixtures + api> fixture.Main}, with the java that runs the build, in its own
 * working directory and with a clean environment (no {@code OVC_RUN_*}, {@code GITHUB_*} or fixture
 * variables inherited).
 */
final class AgentProcess {

    static final Path AGENT_JAR = Path.of(required("ovc.agent.jar"));
    private static final Path TEST_CLASSES = Path.of(required("ovc.test.classes"));
    // One woven class cache for the suite, inside target/: never the user's own.
    private static final Path CACHE = Path.of(required("ovc.woven.cache"));
    private static final long TIMEOUT_SECONDS = 60;

    private final Path workingDirectory;
    private final String mainClass;
    private final List<String> arguments = new ArrayList<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> optionsBeforeAgent = new ArrayList<>();
    private final Map<String, String> env = new java.util.HashMap<>();
    private String agentOptions;
    private boolean agent = true;
    private Path agentJar = AGENT_JAR;
    private boolean apiOnClassPath = true;
    private boolean suiteCache = true;
    private final List<String> extraClassPath = new ArrayList<>();
    private Path application = TEST_CLASSES;
    private String mainModule;
    private Path modulePath;

    private AgentProcess(Path workingDirectory, String mainClass) {
        this.workingDirectory = workingDirectory;
        this.mainClass = mainClass;
    }

    static AgentProcess of(Path workingDirectory, Class<?> mainClass) {
        return new AgentProcess(workingDirectory, mainClass.getName());
    }

    /**
     * Runs {@code mainClass} of the named module {@code module}, found in {@code modules}, with the api
     * as a named module beside it on the module path and no class path: a modular application.
     */
    static AgentProcess ofModule(Path workingDirectory, String module, String mainClass, Path modules) {
        AgentProcess process = new AgentProcess(workingDirectory, mainClass);
        process.mainModule = module;
        process.modulePath = modules;
        return process;
    }

    /** The api's jar or classes folder (with its module-info), as the build put it on this JVM's class path. */
    static String apiLocation() {
        return location(ovc.run.Pipeline.class);
    }

    AgentProcess args(String... values) {
        arguments.addAll(List.of(values));
        return this;
    }

    AgentProcess agentOptions(String options) {
        this.agentOptions = options;
        return this;
    }

    /** Runs with this copy of the agent jar instead of the packaged one. */
    AgentProcess agentJar(Path jar) {
        this.agentJar = jar;
        return this;
    }

    /** Leaves the agent's cache option unset, so that the agent uses its default folder. */
    AgentProcess defaultCache() {
        this.suiteCache = false;
        return this;
    }

    AgentProcess withoutAgent() {
        this.agent = false;
        return this;
    }

    /** Leaves the api off the class path: its classes come from the agent jar alone. */
    AgentProcess apiFromAgentJarOnly() {
        this.apiOnClassPath = false;
        return this;
    }

    /**
     * Runs the program from {@code jar} instead of the test classes folder: for JVM features that take
     * jars only, as an AOT cache does.
     */
    AgentProcess applicationJar(Path jar) {
        this.application = jar;
        return this;
    }

    /** Puts the jar (or folder) that holds {@code type} on the class path, as an application dependency. */
    AgentProcess classPathOf(Class<?> type) {
        extraClassPath.add(location(type));
        return this;
    }

    /** Puts {@code entry} (a jar or folder) on the class path, after the fixtures. */
    AgentProcess classPath(Path entry) {
        extraClassPath.add(entry.toString());
        return this;
    }

    /** A JVM option ahead of the agent's {@code -javaagent}: another agent the JVM starts first. */
    AgentProcess jvmOptionBeforeAgent(String option) {
        optionsBeforeAgent.add(option);
        return this;
    }

    AgentProcess jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    AgentProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Runs the program to its end. */
    Result run() {
        try {
            Path out = Files.createTempFile(workingDirectory, "stdout", ".txt");
            Path err = Files.createTempFile(workingDirectory, "stderr", ".txt");
            Process process = builder().redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(mainClass + " did not end within " + TIMEOUT_SECONDS + " s; stdout:\n"
                        + Files.readString(out) + "\nstderr:\n" + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts the program and hands its stdout over line by line, for tests that signal it. */
    Running start() {
        try {
            Path err = Files.createTempFile(workingDirectory, "stderr", ".txt");
            Process process = builder().redirectError(err.toFile()).start();
            return new Running(process, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessBuilder builder() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(optionsBeforeAgent);
        if (agent) {
            String options = agentOptions == null ? "" : agentOptions;
            if (suiteCache && !options.contains("cache=")) {
                options = options.isEmpty() ? "cache=" + CACHE : options + ",cache=" + CACHE;
            }
            command.add("-javaagent:" + agentJar + "=" + options);
        }
        command.addAll(jvmOptions);
        if (mainModule != null) {
            command.add("-p");
            command.add(apiLocation() + File.pathSeparator + modulePath);
            command.add("-m");
            command.add(mainModule + "/" + mainClass);
        } else {
            command.add("-cp");
            command.add(classPath());
            command.add(mainClass);
        }
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("OVC_") || name.startsWith("GITHUB_")
                || name.startsWith("JAVA_TOOL_OPTIONS") || name.startsWith("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        return builder;
    }

    private String classPath() {
        List<String> entries = new ArrayList<>();
        entries.add(application.toString());
        if (apiOnClassPath) {
            entries.add(location(ovc.run.Pipeline.class));
        }
        entries.addAll(extraClassPath);
        return String.join(File.pathSeparator, entries);
    }

    static String location(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set; run the ITs with mvn verify");
        }
        return value;
    }

    /** How a finished program ended. */
    record Result(int exitCode, String stdout, String stderr) {

        List<String> stdoutLines() {
            return stdout.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /** A program still running, its stdout read on a daemon thread into a queue. */
    static final class Running {

        private final Process process;
        private final Path stderr;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private volatile boolean drained;

        private Running(Process process, Path stderr) {
            this.process = process;
            this.stderr = stderr;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // The process was killed; what was read is in the queue.
                }
                drained = true;
            }, "fixture-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        /** Blocks until the program prints {@code expected} (bounded), returning the lines up to it. */
        List<String> awaitLine(String expected) throws InterruptedException {
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                seen.add(line);
                if (line.equals(expected)) {
                    return seen;
                }
            }
            process.destroyForcibly();
            throw new AssertionError("never printed " + expected + "; printed " + seen);
        }

        /**
         * Blocks until the program prints a line starting with {@code prefix} and returns it, or
         * returns {@code null} once the program has ended without printing one (bounded).
         */
        String awaitLineStartingOrExit(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (System.nanoTime() < deadline) {
                // A timed poll, so that a program that ended is noticed once its stdout is read to the end.
                String line = lines.poll(50, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && drained && lines.isEmpty()) {
                    return null;
                }
            }
            process.destroyForcibly();
            throw new AssertionError("never printed a line starting with " + prefix);
        }

        /** Writes {@code line} to the program's stdin. */
        void send(String line) throws IOException {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        Process process() {
            return process;
        }

        /** Waits (bounded) for the program to end after a signal; returns its exit code. */
        int awaitExit() throws InterruptedException, IOException {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("did not end after the signal; stderr:\n" + Files.readString(stderr));
            }
            return process.exitValue();
        }
    }
}
