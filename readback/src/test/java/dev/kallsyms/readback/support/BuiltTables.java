package dev.kallsyms.readback.support;

import dev.kallsyms.readback.expect.KallsymsModel;
import dev.kallsyms.readback.expect.MapLine;
import dev.kallsyms.readback.AddressEncoding;
import dev.kallsyms.readback.ExpectedSymbol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One option set of one generation, carried through the real C program and the cross toolchain into a linked
 * ELF, with the entries the tables must hold.
 */
public record BuiltTables(Case spec, Path elf, ReferenceOutput reference, List<ExpectedSymbol> expected,
                          long text) {

    /** Map variants the option sets need. */
    public enum MapVariant { VEXPRESS, LONG_NAMES, ZERO_BASED_PERCPU, LLVM_TWINS }

    public record Case(String generation, List<String> args, MapVariant map, CrossToolchain.Target target,
                       AddressEncoding encoding) {
        @Override
        public String toString() {
            return generation + " " + String.join(" ", args) + " [" + map + ", " + target + "] -> " + encoding;
        }

        boolean wide() {
            return target == CrossToolchain.Target.AARCH64;
        }
    }

    public static BuiltTables build(Case spec, Path dir) throws IOException, InterruptedException {
        CrossToolchain.require(); // before the C program runs: without the linker its output is of no use
        List<MapLine> lines = switch (spec.map()) {
            case VEXPRESS -> Corpus.vexpress();
            case LONG_NAMES -> Corpus.withLongNames(Corpus.vexpress(), 12, 300);
            case ZERO_BASED_PERCPU -> Corpus.zeroBasedPercpu(Corpus.vexpress());
            case LLVM_TWINS -> Corpus.withLlvmTwins(Corpus.vexpress());
        };
        if (spec.wide()) {
            lines = Corpus.widened(lines);
        }
        Files.createDirectories(dir);
        Path map = Corpus.write(lines, spec.wide(), dir.resolve("in.map"));
        ReferenceOutput reference = ReferenceOutput.run(spec.generation(), spec.args(), map);
        long text = Corpus.addressOf(lines, "_text");
        long rodata = Corpus.addressOf(lines, "__start_rodata");
        Path elf = CrossToolchain.link(reference.assembly(), spec.target(), text, rodata, dir);
        List<ExpectedSymbol> expected = new KallsymsModel(spec.generation(), spec.args()).select(lines);
        return new BuiltTables(spec, elf, reference, expected, text);
    }
}
