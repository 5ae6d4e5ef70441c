package dev.kallsyms.harness.matrix;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.ClasspathResource;
import dev.kallsyms.harness.build.Fragments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A matrix file: one cell per line, written as the options of {@code bin/harness run}
 * ({@code --kernel 6.1 --toolchain gcc-12 --defconfig tinyconfig --kconfig-add kallsyms.config}); blank lines
 * and {@code #} comments are ignored. A fragment or patch file name is relative to the matrix file, unless it is
 * absolute or a {@code classpath:} resource (those shipped in fixtures, as in the default matrix). The defconfig
 * {@code @list} stands for every ARM defconfig in the kernel's defconfig list.
 */
public final class MatrixFile {
    /** Resource directory of the matrices, defconfig lists and fragments shipped in fixtures. */
    public static final String RESOURCE_DIR = "/dev/kallsyms/fixtures/matrix/";
    public static final String DEFAULT = "default.matrix";

    private MatrixFile() {
    }

    /**
     * @param source    the file's name for messages
     * @param parseLine turns one line's words into a cell (the CLI's option parser)
     * @throws BadInputException naming the source, the line and what is wrong with it (every cell is checked)
     */
    public static List<Cell> parse(String source, String text, Function<String, String> resolveFragment,
                                   Function<List<String>, Cell> parseLine) {
        List<Cell> cells = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                cells.addAll(cellsOf(line, resolveFragment, parseLine));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return cells;
    }

    private static List<Cell> cellsOf(String line, Function<String, String> resolveFragment,
                                      Function<List<String>, Cell> parseLine) {
        Cell cell = parseLine.apply(Words.split(line));
        List<String> fragments = cell.fragments().stream()
                .map(f -> Fragments.isInline(f) ? f : resolveFragment.apply(f)).toList();
        List<String> patches = cell.patches().stream().map(resolveFragment).toList();
        CellCheck.check(new Cell(cell.kernel(), cell.toolchain(), cell.defconfig(), fragments, cell.makeVars(),
                patches));
        List<Cell> cells = new ArrayList<>();
        for (String defconfig : DefconfigLists.expand(cell.kernel(), cell.defconfig())) {
            cells.add(new Cell(cell.kernel(), cell.toolchain(), defconfig, fragments, cell.makeVars(), patches));
        }
        return cells;
    }

    public static List<Cell> fromFile(Path file, Function<List<String>, Cell> parseLine) {
        Inputs.existingFile("matrix file", file);
        try {
            Path dir = file.toAbsolutePath().getParent();
            return parse(file.toString(), Files.readString(file),
                    f -> ClasspathResource.named(f) || Path.of(f).isAbsolute() ? f : dir.resolve(f).toString(),
                    parseLine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A matrix shipped in fixtures (e.g. {@value #DEFAULT}); its fragments are resources beside it. */
    public static List<Cell> fromResource(String name, Function<List<String>, Cell> parseLine) {
        return parse(name, resource(RESOURCE_DIR + name),
                f -> ClasspathResource.named(f) ? f : ClasspathResource.PREFIX + RESOURCE_DIR + f, parseLine);
    }

    static String resource(String path) {
        try (InputStream in = MatrixFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no matrix resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
