package ovc.run.runtime;

import java.util.regex.Pattern;

/**
 * Where {@link PipelineSpec#SEMVER} lives. A constant of an interface is initialised when it is
 * first read, not when a class implementing the interface is: so the regex is compiled only by code
 * that asks for it (the annotation processor), never on the way to a run's first line, where
 * compiling it spun lambda and method-handle classes for milliseconds. {@link PipelineSpec} itself
 * checks versions by hand ({@link ovc.run.artifact.Identifiers#isSemanticVersion}), accepting
 * exactly the strings this pattern matches.
 */
public interface SemverPattern {

    /** The official semantic versioning 2.0.0 pattern. */
    Pattern SEMVER = Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");
}
