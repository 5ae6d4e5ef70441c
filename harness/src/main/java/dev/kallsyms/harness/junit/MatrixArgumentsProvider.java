package dev.kallsyms.harness.junit;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.cli.MatrixCommand;
import dev.kallsyms.harness.matrix.MatrixFile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** Reads the matrix that a {@link MatrixSource} names, with the parser of {@code bin/harness matrix}. */
public final class MatrixArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<MatrixSource> {
    private MatrixSource source;

    @Override
    public void accept(MatrixSource annotation) {
        source = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return cells(source).stream().map(c -> Arguments.of(Named.of(c.describe(), c)));
    }

    static List<Cell> cells(MatrixSource source) {
        return source.file().isEmpty() ? MatrixFile.fromResource(source.value(), MatrixCommand::parseLine)
                : MatrixFile.fromFile(Path.of(source.file()), MatrixCommand::parseLine);
    }
}
