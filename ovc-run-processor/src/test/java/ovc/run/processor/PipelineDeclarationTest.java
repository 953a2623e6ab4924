package ovc.run.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static ovc.run.processor.Compiles.assertSingleError;
import static ovc.run.processor.Compiles.compile;
import static ovc.run.processor.Compiles.messages;
import static ovc.run.processor.Compiles.pipelineClass;
import static ovc.run.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class PipelineDeclarationTest {

    private static JavaFileObject pipeline(String annotation) {
        return pipelineClass(annotation + "\npublic static void main(String[] args) {}\n");
    }

    @Test
    void validPipelineCompilesWithoutWarnings() {
        Compilation compilation = compile(pipeline(
                "@Pipeline(id = \"P2-Backfill\", version = \"0.1.0-rc.1+build.5\","
                        + " requiredEnv = {\"OANDA_API_TOKEN\", \"NEON_DSN|DATABASE_URL\", \"_PRIVATE\"})"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void pipelineIdWithUnderscoreSuggestsHyphen() {
        JavaFileObject file = pipeline("""
                @Pipeline(
                    id = "P2_Backfill",
                    version = "0.1.0")""");
        assertSingleError(compile(file), "[ovc-run:pipeline-id] Pipeline id \"P2_Backfill\" must be letters, digits"
                + " and '-' only ([A-Za-z0-9-]+), because it becomes part of the run_id; did you mean \"P2-Backfill\"?",
                file, "id = \"P2_Backfill\"");
    }

    @Test
    void pipelineIdWithSpacesAndAccentsSuggestsPlainForm() {
        JavaFileObject file = pipeline("@Pipeline(id = \"Café Load\", version = \"0.1.0\")");
        assertSingleError(compile(file), Messages.format(Messages.PIPELINE_ID, "Cafe-Load", "Café Load"),
                file, "Café Load");
    }

    @Test
    void pipelineIdWithNoNearValidFormHasNoSuggestion() {
        JavaFileObject file = pipeline("@Pipeline(id = \"###\", version = \"0.1.0\")");
        assertSingleError(compile(file), String.format(Messages.PIPELINE_ID, "###"), file, "\"###\"");
    }

    @Test
    void pipelineIdLongerThan64IsRefused() {
        String id = "P".repeat(65);
        JavaFileObject file = pipeline("@Pipeline(id = \"" + id + "\", version = \"0.1.0\")");
        assertSingleError(compile(file), "[ovc-run:pipeline-id] Pipeline id \"" + id + "\" is 65 characters long;"
                + " at most 64 are allowed, because it becomes part of the run_id", file, id);
    }

    @Test
    void emptyPipelineIdIsRefused() {
        JavaFileObject file = pipeline("@Pipeline(id = \"\", version = \"0.1.0\")");
        assertSingleError(compile(file), Messages.PIPELINE_ID_EMPTY, file, "id = \"\"");
    }

    @Test
    void versionThatIsNotSemverSuggestsTheFullForm() {
        JavaFileObject file = pipeline("""
                @Pipeline(id = "P2-Backfill",
                          version = "v1.2")""");
        assertSingleError(compile(file), "[ovc-run:pipeline-version] Pipeline version \"v1.2\" is not a semantic"
                + " version (MAJOR.MINOR.PATCH, optionally -prerelease and +build, as in semver.org 2.0.0);"
                + " did you mean \"1.2.0\"?", file, "version = \"v1.2\"");
    }

    @Test
    void versionWithLeadingZerosSuggestsWithout() {
        JavaFileObject file = pipeline("@Pipeline(id = \"P\", version = \"01.02.3\")");
        assertSingleError(compile(file), Messages.format(Messages.PIPELINE_VERSION, "1.2.3", "01.02.3"), file, "01.02.3");
    }

    @Test
    void versionWithNoNearFormHasNoSuggestion() {
        JavaFileObject file = pipeline("@Pipeline(id = \"P\", version = \"latest\")");
        assertSingleError(compile(file), String.format(Messages.PIPELINE_VERSION, "latest"), file, "latest");
    }

    @Test
    void eachBadRequiredEnvEntryIsReportedOnItsOwnLine() {
        JavaFileObject file = pipeline("""
                @Pipeline(id = "P2-Backfill", version = "0.1.0", requiredEnv = {
                    "OANDA_API_TOKEN",
                    "",
                    "OANDA-ACCOUNT",
                    "NEON_DSN | DATABASE_URL",
                    "REDIS_URL|",
                    "1PASSWORD",
                    "A,B"
                })""");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(6);
        assertThat(compilation).hadErrorContaining(Messages.REQUIRED_ENV_EMPTY).inFile(file).onLineContaining("\"\",");
        assertThat(compilation).hadErrorContaining("[ovc-run:required-env] requiredEnv entry \"OANDA-ACCOUNT\" is not"
                        + " an environment variable name ([A-Za-z_][A-Za-z0-9_]*); did you mean \"OANDA_ACCOUNT\"?")
                .inFile(file).onLineContaining("\"OANDA-ACCOUNT\"");
        assertThat(compilation).hadErrorContaining("[ovc-run:required-env] requiredEnv entry \"NEON_DSN | DATABASE_URL\""
                        + " is malformed alternatives: write NAME|OTHER, variable names joined by '|' with no spaces and"
                        + " no empty side; did you mean \"NEON_DSN|DATABASE_URL\"?")
                .inFile(file).onLineContaining("NEON_DSN | DATABASE_URL");
        assertThat(compilation).hadErrorContaining(Messages.format(Messages.REQUIRED_ENV_ALTERNATIVES, "REDIS_URL",
                "REDIS_URL|")).inFile(file).onLineContaining("REDIS_URL|");
        assertThat(compilation).hadErrorContaining(String.format(Messages.REQUIRED_ENV_NAME, "1PASSWORD"))
                .inFile(file).onLineContaining("1PASSWORD");
        assertThat(compilation).hadErrorContaining(String.format(Messages.REQUIRED_ENV_NAME, "A,B"))
                .inFile(file).onLineContaining("A,B");
        assertThat(messages(compilation.errors())).contains(String.format(Messages.REQUIRED_ENV_NAME, "A,B"));
    }

    @Test
    void alternativesWithABadNameSuggestTheWholeEntry() {
        JavaFileObject file = pipeline("@Pipeline(id = \"P\", version = \"0.1.0\", requiredEnv = \"NEON_DSN|DATABASE-URL\")");
        assertSingleError(compile(file), Messages.format(Messages.REQUIRED_ENV_NAME, "NEON_DSN|DATABASE_URL",
                "DATABASE-URL"), file, "DATABASE-URL");
    }

    @Test
    void duplicateRequiredEnvEntriesAreReportedOnTheSecond() {
        JavaFileObject file = pipeline("""
                @Pipeline(id = "P2-Backfill", version = "0.1.0", requiredEnv = {
                    "NEON_DSN|DATABASE_URL",
                    "OANDA_API_TOKEN",
                    "DATABASE_URL|NEON_DSN",
                    "OANDA_API_TOKEN", // again
                    "REDIS_URL|REDIS_URL"
                })""");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[ovc-run:required-env-duplicate] requiredEnv entry"
                        + " \"DATABASE_URL|NEON_DSN\" repeats entry \"NEON_DSN|DATABASE_URL\"; remove one of them")
                .inFile(file).onLineContaining("\"DATABASE_URL|NEON_DSN\"");
        assertThat(compilation).hadErrorContaining(String.format(Messages.REQUIRED_ENV_DUPLICATE, "OANDA_API_TOKEN",
                "OANDA_API_TOKEN")).inFile(file).onLineContaining("// again");
        assertThat(compilation).hadErrorContaining("[ovc-run:required-env-duplicate] requiredEnv entry"
                        + " \"REDIS_URL|REDIS_URL\" names REDIS_URL more than once; remove the repetition")
                .inFile(file).onLineContaining("REDIS_URL|REDIS_URL");
    }

    @Test
    void sameIdTwiceInACompilationIsAnErrorOnTheSecondNamingTheFirst() {
        JavaFileObject first = pipeline("@Pipeline(id = \"P2-Backfill\", version = \"0.1.0\")");
        JavaFileObject second = source("demo.Again", """
                package demo;
                class Again {
                    @ovc.run.Pipeline(id = "P2-Backfill", version = "0.2.0")
                    void run() {}
                }
                """);
        assertSingleError(compile(first, second), "[ovc-run:pipeline-duplicate] Pipeline id \"P2-Backfill\" is already"
                + " declared by demo.Backfill.main(java.lang.String[]); pipeline ids must be unique, because run folders"
                + " and the catalog are keyed by them", second, "id = \"P2-Backfill\"");
    }

    @Test
    void pipelineOnAnAbstractMethodIsRefused() {
        JavaFileObject file = source("demo.Job", """
                package demo;
                abstract class Job {
                    @ovc.run.Pipeline(id = "Job", version = "1.0.0")
                    abstract void run();
                }
                """);
        assertSingleError(compile(file), "[ovc-run:pipeline-placement] @Pipeline cannot be on abstract method"
                + " demo.Job.run(): a run starts when a method body is entered, and it has none;"
                + " annotate the implementing method", file, "@ovc.run.Pipeline");
    }

    @Test
    void pipelineOnAnInterfaceMethodWithoutBodyIsRefusedButDefaultMethodsAreFine() {
        JavaFileObject file = source("demo.Job", """
                package demo;
                interface Job {
                    @ovc.run.Pipeline(id = "Job", version = "1.0.0")
                    void run();

                    @ovc.run.Pipeline(id = "Job-Default", version = "1.0.0")
                    default void runDefault() {}
                }
                """);
        assertSingleError(compile(file), String.format(Messages.PIPELINE_ABSTRACT, "demo.Job.run()"), file,
                "id = \"Job\"");
    }

    @Test
    void pipelineOnANativeMethodIsRefused() {
        JavaFileObject file = source("demo.Job", """
                package demo;
                class Job {
                    @ovc.run.Pipeline(id = "Job", version = "1.0.0")
                    native void run();
                }
                """);
        assertSingleError(compile(file), String.format(Messages.PIPELINE_NATIVE, "demo.Job.run()"), file,
                "@ovc.run.Pipeline");
    }

    @Test
    void pipelineInALocalClassIsRefused() {
        JavaFileObject file = source("demo.Job", """
                package demo;
                import ovc.run.Pipeline;
                class Job {
                    void outer() {
                        class Local {
                            @Pipeline(id = "Local", version = "1.0.0")
                            void run() {}
                        }
                    }
                }
                """);
        assertSingleError(compile(file), "[ovc-run:pipeline-placement] @Pipeline cannot be on method run() of local"
                + " class Local in demo.Job.outer(): the agent and the catalog need a named class to find a pipeline by;"
                + " move the method to a top-level or member class", file, "@Pipeline(id = \"Local\"");
    }

    @Test
    void pipelineInAnAnonymousClassOrEnumConstantBodyIsRefused() {
        JavaFileObject file = source("demo.Job", """
                package demo;
                import ovc.run.Pipeline;
                class Job {
                    Runnable task = new Runnable() {
                        @Pipeline(id = "Anonymous", version = "1.0.0")
                        public void run() {}
                    };

                    enum Kind {
                        DAILY {
                            @Pipeline(id = "Daily", version = "1.0.0")
                            void run() {}
                        };
                        void run() {}
                    }
                }
                """);
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("@Pipeline cannot be on method run() of anonymous class in")
                .inFile(file).onLineContaining("id = \"Anonymous\"");
        assertThat(compilation).hadErrorContaining("@Pipeline cannot be on method run() of anonymous class in")
                .inFile(file).onLineContaining("id = \"Daily\"");
    }

    @Test
    void allErrorsOfOneDeclarationAreReportedTogether() {
        JavaFileObject file = pipeline("""
                @Pipeline(id = "P2 Backfill",
                    version = "1",
                    requiredEnv = "NEON-DSN")""");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining(Tag.PIPELINE_ID.text).inFile(file).onLineContaining("P2 Backfill");
        assertThat(compilation).hadErrorContaining(Tag.PIPELINE_VERSION.text + " Pipeline version \"1\"")
                .inFile(file).onLineContaining("version = \"1\"");
        assertThat(compilation).hadErrorContaining(Tag.REQUIRED_ENV.text).inFile(file).onLineContaining("NEON-DSN");
    }
}
