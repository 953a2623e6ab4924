package ovc.run.maven;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Sets a project property to the JVM argument that starts the ovc-run agent of this plugin's
 * version, {@code -javaagent:<jar in the local repository>=<options>}, as JaCoCo's
 * {@code prepare-agent} does: by default {@code argLine}, which surefire and failsafe add to the
 * JVMs they fork, so tests of {@code @Pipeline} methods run recorded with no other configuration;
 * {@code exec:exec} takes it as {@code ${argLine}} in its {@code commandlineArgs}. What the property
 * held before (another agent's argument, JVM flags) is kept after the agent's.
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareAgentMojo extends AbstractMojo {

    /** The agent artifact, a dependency of this plugin. */
    static final String AGENT_KEY = "ovc.run:ovc-run-agent";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(property = "plugin.artifactMap", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifactMap;

    /** The property to set; {@code argLine} reaches surefire and failsafe without further configuration. */
    @Parameter(property = "ovc-run.propertyName", defaultValue = "argLine")
    private String propertyName;

    /**
     * Agent options, each element a setting's name with its value (for example
     * {@code <reports>target/reports/runs</reports>}, {@code <strict>true</strict>}); the README's
     * settings table lists them. An unknown name fails the build.
     */
    @Parameter
    private Map<String, String> options = new LinkedHashMap<>();

    /** Leaves the property as it is (defined, empty when it was not, so that references to it still resolve). */
    @Parameter(property = "ovc-run.skip", defaultValue = "false")
    private boolean skip;

    /** Sets the property; fails when the agent jar is not resolved or an option is not the agent's. */
    @Override
    public void execute() throws MojoExecutionException {
        Properties properties = project.getProperties();
        String existing = properties.getProperty(propertyName);
        if (skip) {
            getLog().info("ovc-run agent skipped; " + propertyName + " left as it was");
            if (existing == null) {
                properties.setProperty(propertyName, "");
            }
            return;
        }
        File jar = agentJar();
        String argument;
        try {
            argument = AgentArgument.of(jar.toPath(), options == null ? Map.of() : options);
        } catch (IllegalArgumentException badOption) {
            throw new MojoExecutionException(badOption.getMessage(), badOption);
        }
        String value = AgentArgument.prepend(argument, existing);
        properties.setProperty(propertyName, value);
        getLog().info(propertyName + " set to " + value);
    }

    private File agentJar() throws MojoExecutionException {
        Artifact agent = pluginArtifactMap == null ? null : pluginArtifactMap.get(AGENT_KEY);
        File file = agent == null ? null : agent.getFile();
        if (file == null || !file.isFile()) {
            throw new MojoExecutionException("the ovc-run agent jar (" + AGENT_KEY + ") was not resolved with the plugin"
                    + (file == null ? "" : ": " + file + " is not a file"));
        }
        return file;
    }
}
