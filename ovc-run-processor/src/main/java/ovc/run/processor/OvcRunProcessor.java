package ovc.run.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import ovc.run.json.CanonicalJson;
import ovc.run.processor.DeclarationValidator.PipelineDeclaration;

/**
 * The ovc-run annotation processor: refuses {@code @Pipeline}, {@code @RunInput} and
 * {@code @RunOutput} declarations and {@code Run.check(...)} literals that would fail at run time,
 * and writes the compilation's pipeline catalog, {@code META-INF/ovc-run/pipelines.json}.
 *
 * <p>Options: {@code -Aovc.run.warningsAsErrors=true} makes every warning an error;
 * {@code -Aovc.run.catalog=false} skips the catalog.
 *
 * <p>It supports and claims the three ovc-run annotations only, so that {@code -Xlint:processing}
 * has nothing to say about them and other processors are not held up. {@code Run.check} calls are
 * checked in every class all the same: the tree scanner is registered in {@link #init}, and javac
 * initializes each processor it discovers in the first round, whether or not the round holds one
 * of its annotations.
 */
public final class OvcRunProcessor extends AbstractProcessor {

    private Diagnostics diagnostics;
    private DeclarationValidator validator;
    private Catalog catalog;
    private boolean writeCatalog;
    private final Set<String> compiledTypes = new HashSet<>();
    /** Pipelines of catalogs already on the class path, by id; read when the first pipeline is met. */
    private Map<String, ClassPathCatalogs.Entry> classPathCatalogs;
    /** What is being checked, for the one error a failure of the processor becomes. */
    private Element current;

    /** Creates the processor; javac calls this through {@code META-INF/services}. */
    public OvcRunProcessor() {}

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Names.PIPELINE, Names.RUN_INPUT, Names.RUN_OUTPUT);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(Names.OPTION_WARNINGS_AS_ERRORS, Names.OPTION_CATALOG);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Map<String, String> options = env.getOptions();
        List<String> badOptions = new ArrayList<>();
        boolean warningsAsErrors = flag(options, Names.OPTION_WARNINGS_AS_ERRORS, false, badOptions);
        writeCatalog = flag(options, Names.OPTION_CATALOG, true, badOptions);
        diagnostics = new Diagnostics(env.getMessager(), warningsAsErrors);
        for (String problem : badOptions) {
            diagnostics.warning(problem);
        }
        try {
            Signatures signatures = new Signatures(env.getTypeUtils());
            validator = new DeclarationValidator(env.getElementUtils(), diagnostics,
                    new RefTypes(env.getElementUtils(), env.getTypeUtils()), signatures);
            catalog = new Catalog(env.getElementUtils(), signatures);
        } catch (RuntimeException | LinkageError failure) {
            validator = null;
            diagnostics.internalError(failure, null);
            return;
        }
        try {
            CheckCallScanner.register(env, validator, diagnostics);
        } catch (LinkageError noCompilerTrees) {
            // A compiler without com.sun.source (Eclipse's): declarations are still checked.
        }
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (validator == null) {
            return true; // init failed and said so
        }
        // Everything that reports on an element does so in the element's own round: javac re-creates
        // members between rounds and cannot place a message on an element of an earlier one.
        try {
            int firstPipeline = validator.pipelines().size();
            int firstIo = validator.ioDeclarations().size();
            for (TypeElement annotation : annotations) {
                String name = annotation.getQualifiedName().toString();
                boolean pipeline = name.equals(Names.PIPELINE);
                boolean input = name.equals(Names.RUN_INPUT);
                if (pipeline || input || name.equals(Names.RUN_OUTPUT)) {
                    for (Element element : round.getElementsAnnotatedWith(annotation)) {
                        current = element;
                        if (pipeline && element instanceof ExecutableElement method) {
                            validator.validatePipeline(method);
                        } else if (!pipeline) {
                            validator.validateIo(element, input);
                        }
                    }
                }
            }
            current = null;
            for (Element root : round.getRootElements()) {
                addCompiledTypes(root);
            }
            validator.reportNearMisses(firstIo);
            List<PipelineDeclaration> pipelines = validator.pipelines();
            checkAgainstClassPath(pipelines.subList(firstPipeline, pipelines.size()));
            // Every compilation writes its catalog, even an empty one: otherwise a catalog of
            // pipelines since removed would survive in the class output.
            if (round.processingOver() && writeCatalog && !diagnostics.errorRaised() && !round.errorRaised()) {
                writeCatalog(pipelines);
            }
        } catch (RuntimeException | LinkageError | StackOverflowError failure) {
            diagnostics.internalError(failure, current);
        }
        return true; // these annotations are ovc-run's own
    }

    /** A pipeline whose id a catalog on the class path already has is a duplicate. */
    private void checkAgainstClassPath(List<PipelineDeclaration> pipelines) {
        if (pipelines.isEmpty()) {
            return;
        }
        if (classPathCatalogs == null) {
            classPathCatalogs = new ClassPathCatalogs(processingEnv.getFiler(),
                    OvcRunProcessor.class.getClassLoader(), diagnostics).load();
        }
        for (PipelineDeclaration pipeline : pipelines) {
            current = pipeline.method();
            ClassPathCatalogs.Entry other = classPathCatalogs.get(pipeline.id());
            // An entry for a class compiled now is this compilation's own, from an earlier build.
            if (other != null && !compiledTypes.contains(other.className())) {
                diagnostics.error(String.format(Messages.PIPELINE_DUPLICATE_CATALOG, pipeline.id(),
                                other.className() + "." + other.method(), other.catalog()),
                        pipeline.method(), Mirrors.find(pipeline.method(), Names.PIPELINE), pipeline.idValue());
            }
        }
        current = null;
    }

    private void writeCatalog(List<PipelineDeclaration> pipelines) {
        Set<TypeElement> originatingTypes = new LinkedHashSet<>();
        Set<String> declaredIds = new HashSet<>();
        for (PipelineDeclaration pipeline : pipelines) {
            originatingTypes.add(Signatures.topLevel(pipeline.method()));
            declaredIds.add(pipeline.id());
        }
        List<Object> earlier = EarlierCatalog.survivors(processingEnv.getFiler(), processingEnv.getElementUtils(),
                compiledTypes, declaredIds, diagnostics);
        String json = CanonicalJson.write(catalog.tree(pipelines, validator.ioDeclarations(), earlier));
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    Names.CATALOG, originatingTypes.toArray(new Element[0]));
            try (OutputStream out = file.openOutputStream()) {
                out.write(json.getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            diagnostics.error(String.format(Messages.CATALOG_UNWRITABLE, e), null, null, null);
        }
    }

    private void addCompiledTypes(Element element) {
        if (element instanceof TypeElement type) {
            compiledTypes.add(processingEnv.getElementUtils().getBinaryName(type).toString());
            for (Element member : type.getEnclosedElements()) {
                addCompiledTypes(member);
            }
        }
    }

    private static boolean flag(Map<String, String> options, String name, boolean fallback, List<String> problems) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true") || value.isEmpty()) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        problems.add(String.format(Messages.OPTION_VALUE, name, value, fallback));
        return fallback;
    }
}
