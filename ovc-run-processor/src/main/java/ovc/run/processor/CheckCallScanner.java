package ovc.run.processor;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;
import ovc.run.artifact.Identifiers;
import ovc.run.format.EvidenceGrammar;

/**
 * What only the compiler's trees show, read once javac has attributed each class: literal
 * arguments of {@code Run.check}, {@code Run.input} and {@code Run.output}, and annotated methods of
 * local and anonymous classes, which the element API never lists.
 *
 * <p>Only javac has these trees; {@link #register} returns {@code false} elsewhere and the
 * processor goes on without this class ever being loaded.
 */
final class CheckCallScanner implements TaskListener {

    private final Trees trees;
    private final DeclarationValidator validator;
    private final Diagnostics diagnostics;

    private CheckCallScanner(Trees trees, DeclarationValidator validator, Diagnostics diagnostics) {
        this.trees = trees;
        this.validator = validator;
        this.diagnostics = diagnostics;
    }

    /** Listens to javac's analysis when {@code env} is (or wraps) javac's; returns whether it is. */
    static boolean register(ProcessingEnvironment env, DeclarationValidator validator, Diagnostics diagnostics) {
        ProcessingEnvironment candidate = env;
        for (int depth = 0; candidate != null && depth < 4; depth++, candidate = wrapped(candidate)) {
            try {
                JavacTask task = JavacTask.instance(candidate);
                task.addTaskListener(new CheckCallScanner(Trees.instance(candidate), validator, diagnostics));
                return true;
            } catch (IllegalArgumentException notJavacs) {
                // Perhaps a wrapper around javac's environment: look inside.
            }
        }
        return false;
    }

    /**
     * The environment a wrapper delegates to, or {@code null}. Gradle's incremental processing
     * hands processors such a wrapper; the tree API accepts only javac's own environment.
     */
    private static ProcessingEnvironment wrapped(ProcessingEnvironment env) {
        for (Class<?> type = env.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (ProcessingEnvironment.class.isAssignableFrom(field.getType()) && !Modifier.isStatic(field.getModifiers())) {
                    try {
                        field.setAccessible(true);
                        Object inner = field.get(env);
                        return inner != env ? (ProcessingEnvironment) inner : null;
                    } catch (RuntimeException | IllegalAccessException closed) {
                        return null; // a module that does not open it: no tree checks, as on other compilers
                    }
                }
            }
        }
        return null;
    }

    @Override
    public void started(TaskEvent event) {}

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
            return;
        }
        TypeElement type = event.getTypeElement();
        try {
            // The class's path built by hand: Trees.getPath(element) searches the whole file for it.
            CompilationUnitTree unit = event.getCompilationUnit();
            TreePath unitPath = new TreePath(unit);
            for (Tree declaration : unit.getTypeDecls()) {
                TreePath path = new TreePath(unitPath, declaration);
                if (declaration instanceof ClassTree && type.equals(trees.getElement(path))) {
                    new Scan(unit).scan(path, null);
                }
            }
        } catch (RuntimeException | LinkageError | StackOverflowError failure) {
            diagnostics.internalError(failure, type);
        }
    }

    private final class Scan extends TreePathScanner<Void, Void> {

        private final CompilationUnitTree unit;
        private int localDepth;

        Scan(CompilationUnitTree unit) {
            this.unit = unit;
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            // Syntax says it: a class directly in a class or a file is a member or top-level class.
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            boolean local = !(parent instanceof CompilationUnitTree) && !(parent instanceof ClassTree);
            localDepth += local ? 1 : 0;
            try {
                return super.visitClass(node, unused);
            } finally {
                localDepth -= local ? 1 : 0;
            }
        }

        @Override
        public Void visitMethod(MethodTree node, Void unused) {
            // Members of named classes were checked during processing; these the element API hides.
            if (localDepth > 0 && trees.getElement(getCurrentPath()) instanceof ExecutableElement method) {
                validator.validatePipeline(method);
                validator.validateIo(method, true);
                validator.validateIo(method, false);
                for (VariableElement parameter : method.getParameters()) {
                    validator.validateIo(parameter, true);
                    validator.validateIo(parameter, false);
                }
            }
            return super.visitMethod(node, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            String name = calledName(node.getMethodSelect());
            // The name first: resolving every call of a compilation to its method would cost more.
            if (name.equals("check") || name.equals("input") || name.equals("output")) {
                Element called = trees.getElement(getCurrentPath());
                if (called instanceof ExecutableElement && called.getEnclosingElement() instanceof TypeElement owner
                        && owner.getQualifiedName().contentEquals(Names.RUN)) {
                    List<? extends ExpressionTree> arguments = node.getArguments();
                    if (name.equals("check")) {
                        checkCall(arguments);
                    } else {
                        ioCall("Run." + name, name.equals("input") ? "read" : "written", arguments);
                    }
                }
            }
            return super.visitMethodInvocation(node, unused);
        }

        private static String calledName(ExpressionTree select) {
            if (select instanceof MemberSelectTree member) {
                return member.getIdentifier().toString();
            }
            return select instanceof IdentifierTree identifier ? identifier.getName().toString() : "";
        }

        private void checkCall(List<? extends ExpressionTree> arguments) {
            String id = argument(arguments, 0);
            if (id != null && !Identifiers.isSnakeCase(id)) {
                error(Messages.format(Messages.CHECK_ID, Suggestions.snakeCase(id), id), arguments.get(0));
            }
            String name = argument(arguments, 1);
            if (name != null && name.isEmpty()) {
                error(Messages.CHECK_NAME, arguments.get(1));
            }
            for (int i = 3; i < arguments.size(); i++) {
                ExpressionTree argument = arguments.get(i);
                if (argument instanceof NewArrayTree array && array.getInitializers() != null) {
                    array.getInitializers().forEach(this::checkEvidence);
                } else {
                    checkEvidence(argument);
                }
            }
        }

        private void checkEvidence(ExpressionTree argument) {
            String evidence = constant(argument);
            if (evidence != null && !EvidenceGrammar.isValid(evidence)) {
                error(Messages.format(Messages.CHECK_EVIDENCE, Suggestions.evidence(evidence), evidence), argument);
            }
        }

        private void ioCall(String label, String verb, List<? extends ExpressionTree> arguments) {
            String type = argument(arguments, 0);
            if (type != null && !Identifiers.isSnakeCase(type)) {
                error(Messages.format(Messages.IO_TYPE, Suggestions.snakeCase(type), label, type), arguments.get(0));
            }
            String ref = argument(arguments, 1);
            if (ref != null && ref.isEmpty()) {
                error(String.format(Messages.IO_REF_EMPTY, label, verb), arguments.get(1));
            }
        }

        private String argument(List<? extends ExpressionTree> arguments, int index) {
            return index < arguments.size() ? constant(arguments.get(index)) : null;
        }

        /** The compile-time constant string {@code tree} is, or {@code null} (a variable, a call...). */
        private String constant(ExpressionTree tree) {
            switch (tree.getKind()) {
                case STRING_LITERAL:
                    return (String) ((LiteralTree) tree).getValue();
                case PARENTHESIZED:
                    return constant(((ParenthesizedTree) tree).getExpression());
                case IDENTIFIER:
                case MEMBER_SELECT:
                    Element element = trees.getElement(new TreePath(getCurrentPath(), tree));
                    return element instanceof VariableElement variable
                            && variable.getConstantValue() instanceof String value ? value : null;
                case PLUS:
                    String left = constant(((BinaryTree) tree).getLeftOperand());
                    String right = left == null ? null : constant(((BinaryTree) tree).getRightOperand());
                    return right == null ? null : left + right;
                default:
                    return null;
            }
        }

        private void error(String message, Tree tree) {
            trees.printMessage(Diagnostic.Kind.ERROR, message, tree, unit);
            diagnostics.errorPrinted();
        }
    }
}
