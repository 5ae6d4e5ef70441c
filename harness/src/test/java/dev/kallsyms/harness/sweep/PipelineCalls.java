package dev.kallsyms.harness.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;

/**
 * A Jenkinsfile as the tree of its method calls, parsed with Groovy's own parser (no Jenkins needed):
 * {@code stage('x') { sh 'y' }} is a call "stage" with argument "x" and one child call "sh".
 *
 * @param args     positional arguments: constants and constant concatenations as their value, others as text
 * @param named    named arguments ({@code junit testResults: '...'})
 * @param children calls inside closure arguments, in order (and calls nested in their statements)
 */
record PipelineCalls(String name, List<Object> args, Map<String, Object> named, List<PipelineCalls> children) {
    static PipelineCalls parse(String text) {
        CompilationUnit unit = new CompilationUnit();
        unit.addSource("Jenkinsfile", text);
        unit.compile(Phases.CONVERSION);
        ASTNode block = unit.getAST().getModules().get(0).getStatementBlock();
        return new PipelineCalls("(script)", List.of(), Map.of(), calls(block));
    }

    /** Depth-first: every call named so, at any depth below this one. */
    Stream<PipelineCalls> all(String wanted) {
        Stream<PipelineCalls> here = children.stream().filter(c -> c.name.equals(wanted));
        return Stream.concat(here, children.stream().flatMap(c -> c.all(wanted)));
    }

    Optional<PipelineCalls> first(String wanted) {
        return all(wanted).findFirst();
    }

    /** The first positional argument as a string. */
    String arg() {
        return args.isEmpty() ? null : String.valueOf(args.get(0));
    }

    private static List<PipelineCalls> calls(ASTNode code) {
        Collector collector = new Collector();
        code.visit(collector);
        return collector.calls;
    }

    private static final class Collector extends CodeVisitorSupport {
        private final List<PipelineCalls> calls = new ArrayList<>();

        @Override
        public void visitMethodCallExpression(MethodCallExpression call) {
            List<Object> args = new ArrayList<>();
            Map<String, Object> named = new LinkedHashMap<>();
            List<PipelineCalls> children = new ArrayList<>();
            for (Expression e : arguments(call.getArguments())) {
                if (e instanceof ClosureExpression closure) {
                    children.addAll(calls(closure.getCode()));
                } else if (e instanceof MapExpression map) {
                    for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                        named.put(String.valueOf(value(entry.getKeyExpression())), value(entry.getValueExpression()));
                    }
                } else {
                    args.add(value(e));
                    children.addAll(calls(e));
                }
            }
            calls.add(new PipelineCalls(call.getMethodAsString(), args, named, children));
        }
    }

    private static List<Expression> arguments(Expression arguments) {
        if (arguments instanceof ArgumentListExpression list) {
            return list.getExpressions();
        }
        if (arguments instanceof TupleExpression tuple) {
            return tuple.getExpressions();
        }
        return List.of(arguments);
    }

    private static Object value(Expression e) {
        if (e instanceof ConstantExpression constant) {
            return constant.getValue();
        }
        if (e instanceof BinaryExpression binary && binary.getOperation().getText().equals("+")) {
            Object left = value(binary.getLeftExpression());
            Object right = value(binary.getRightExpression());
            if (left instanceof String && right instanceof String) {
                return left + (String) right;
            }
        }
        if (e instanceof GStringExpression gstring) {
            return interpolated(gstring);
        }
        return e.getText();
    }

    /** A GString as written: its constant parts and ${...} around each value. */
    private static String interpolated(GStringExpression gstring) {
        StringBuilder text = new StringBuilder();
        List<ConstantExpression> strings = gstring.getStrings();
        List<Expression> values = gstring.getValues();
        for (int i = 0; i < strings.size(); i++) {
            text.append(strings.get(i).getValue());
            if (i < values.size()) {
                text.append("${").append(values.get(i).getText()).append('}');
            }
        }
        return text.toString();
    }
}
