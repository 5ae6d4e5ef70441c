package dev.kallsyms.harness.junit;

import dev.kallsyms.harness.matrix.MatrixFile;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The cells of a matrix file as the arguments of a JUnit 5 {@code @ParameterizedTest}, one invocation per cell
 * (a {@link dev.kallsyms.harness.Cell}, named by {@link dev.kallsyms.harness.Cell#describe()}):
 * <pre>
 * &#64;ParameterizedTest
 * &#64;MatrixSource(file = "src/test/resources/kernels.matrix")
 * void linksLikeTheC(Cell cell) {
 *     CellResult result = Harness.run(cell, RunOptions.defaults(output, generatorJar));
 *     assertEquals(Verdict.PASS, result.verdict(), String.join("; ", result.reasons()));
 * }
 * </pre>
 * The file's lines are {@code bin/harness run} options, as for {@code bin/harness matrix --file}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(MatrixArgumentsProvider.class)
public @interface MatrixSource {
    /** A matrix shipped with the harness ({@code default.matrix}, {@code ci.matrix}, ...); unused with file. */
    String value() default MatrixFile.DEFAULT;

    /** A matrix file of your own (relative to the working directory); its fragment paths are relative to it. */
    String file() default "";
}
