package dev.kallsyms.harness.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.containers.BuildContainer;
import dev.kallsyms.containers.BuildSpec;
import dev.kallsyms.containers.ExecResult;
import dev.kallsyms.containers.ToolchainImages;
import dev.kallsyms.harness.diagnosis.Explanation.Cause;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagnosis on real links: small ARM objects and linker scripts, assembled and linked with GNU ld in the
 * gcc-12 toolchain container, one link per "pass" (the tables object grows or shrinks between them like the
 * kernel's). One class of cause each; every test asserts the diagnosis names it.
 */
class RealLinkDiagnosisIT {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final String AS = "arm-linux-gnueabihf-as";
    private static final String LD = "arm-linux-gnueabihf-ld";

    @TempDir
    static Path src;
    @TempDir
    static Path out;
    private static BuildContainer container;

    @BeforeAll
    static void start() throws IOException {
        write("main.S", """
                \t.syntax unified
                \t.text
                \t.global start_kernel
                \t.type start_kernel, %function
                start_kernel:
                \tbx lr
                \t.section .init.text,"ax",%progbits
                \t.global init_fn
                \t.type init_fn, %function
                init_fn:
                \tbx lr
                \t.space 0x700
                \t.data
                \t.global init_thread_union
                \t.type init_thread_union, %object
                init_thread_union:
                \t.word 1
                """);
        // the seed's layout: init text, an empty per-cpu section aligned to 4K, .data aligned to 8K
        write("seed.lds", """
                SECTIONS {
                  . = 0x80008000;
                  .text : { _stext = .; *(.text) _etext = .; }
                  .rodata : { *(.rodata) }
                  .init.text : { _sinittext = .; *(.init.text) _einittext = .; }
                  __init_end = .;
                  .data..percpu : ALIGN(4096) { __per_cpu_load = .; __per_cpu_start = .; *(.data..percpu)
                                                . = ALIGN(4096); __per_cpu_end = .; }
                  . = ALIGN(8192);
                  __data_loc = .;
                  .data : { _sdata = .; _data = .; *(.data) }
                }
                """);
        container = BuildContainer.start(BuildSpec.of(ToolchainImages.ensure("gcc-12").tag(), src, out));
    }

    @AfterAll
    static void stop() {
        if (container != null) {
            container.close();
        }
    }

    @Test
    void emptySectionAlignedWithDataIsNamed() throws IOException {
        List<LinkImage> passes = List.of(
                link("seed-1", "seed.lds", "main.S", tables("t1", 0x100)),
                link("seed-2", "seed.lds", "main.S", tables("t2", 0x1100)),
                link("seed-final", "seed.lds", "main.S", tables("t3", 0x1110)));
        Diagnosis d = diagnose(passes);
        Explanation e = d.explanation();
        assertEquals(Cause.EMPTY_SECTION, e.cause(), DiagnosisText.render(d));
        assertTrue(e.firstLink().contains("because section .data..percpu is empty"), e.firstLink());
        assertTrue(e.firstLink().contains("the same address as .data in pass 2"), e.firstLink());
        assertTrue(e.firstLink().startsWith("__data_loc changed place"), e.firstLink());
        assertTrue(String.join(" ", e.sentences()).contains("Inconsistent kallsyms data"), e.sentences().toString());
    }

    @Test
    void veneerAppearingInALaterPassIsNamed() throws IOException {
        write("far.S", """
                \t.syntax unified
                \t.text
                \t.global start_kernel
                \t.type start_kernel, %function
                start_kernel:
                \tbl far_func
                \tbx lr
                \t.section .text.far,"ax",%progbits
                \t.global far_func
                \t.type far_func, %function
                far_func:
                \tbx lr
                """);
        write("far.lds", """
                SECTIONS {
                  . = 0x80008000;
                  .text : { *(.text) }
                  .rodata : { *(.rodata) }
                  .gap (NOLOAD) : { *(.gap) }
                  .text.far : { *(.text.far) }
                }
                """);
        // the BL reaches 32 MB: a gap of 31 MB needs no veneer, one of 33 MB does
        List<LinkImage> passes = List.of(
                link("far-1", "far.lds", "far.S", tables("f1", 0x100), gap("g1", 31 << 20)),
                link("far-2", "far.lds", "far.S", tables("f2", 0x100), gap("g2", 33 << 20)));
        Explanation e = diagnose(passes).explanation();
        assertEquals(Cause.LINKER_MADE_SYMBOLS, e.cause(), e.firstLink());
        assertTrue(e.firstLink().contains("__far_func_veneer"), e.firstLink());
    }

    @Test
    void sectionGrowingIsNamed() throws IOException {
        write("grow.lds", """
                SECTIONS {
                  . = 0x80008000;
                  .text : { *(.text) }
                  .extra : { *(.extra) }
                  .rodata : { *(.rodata) }
                }
                """);
        List<LinkImage> passes = List.of(
                link("grow-1", "grow.lds", "main.S", tables("s1", 0x100), extra("e1", 0x40)),
                link("grow-2", "grow.lds", "main.S", tables("s2", 0x100), extra("e2", 0x80)));
        Explanation e = diagnose(passes).explanation();
        assertEquals(Cause.SECTION_GROWTH, e.cause(), e.firstLink());
        assertTrue(e.firstLink().startsWith("Section .extra grew by 64 bytes"), e.firstLink());
    }

    @Test
    void reorderingIsNamed() throws IOException {
        write("order.lds", """
                SECTIONS {
                  . = 0x80008000;
                  .text : { *(.text) }
                  .rodata : { *(.rodata) }
                  .init.text : { *(.init.text) }
                  fixed_marker = 0x80009000;
                }
                """);
        List<LinkImage> passes = List.of(
                link("order-1", "order.lds", "main.S", tables("o1", 0x100)),
                link("order-2", "order.lds", "main.S", tables("o2", 0x1100)));
        Explanation e = diagnose(passes).explanation();
        assertEquals(Cause.REORDERING, e.cause(), e.firstLink());
        assertTrue(e.firstLink().startsWith("fixed_marker changed place relative to its neighbours"), e.firstLink());
    }

    private static Diagnosis diagnose(List<LinkImage> passes) {
        List<LinkImage> labelled = new ArrayList<>();
        for (int i = 0; i < passes.size(); i++) {
            LinkImage p = passes.get(i);
            String label = i == passes.size() - 1 && passes.size() > 2 ? "final" : "pass " + (i + 1);
            labelled.add(new LinkImage(label, p.symbols(), p.sections(), p.tableSizes()));
        }
        return Diagnosis.of("real link", labelled, List.of());
    }

    /** The generator's tables, as the kernel's .S lays them out: names of the given size, then markers. */
    private static String tables(String name, int namesBytes) throws IOException {
        return write(name + ".S", "\t.section .rodata,\"a\"\n\t.global kallsyms_names\nkallsyms_names:\n\t.space "
                + namesBytes + "\n\t.global kallsyms_markers\nkallsyms_markers:\n\t.word 0\n");
    }

    private static String gap(String name, int bytes) throws IOException {
        return write(name + ".S", "\t.section .gap,\"aw\",%nobits\n\t.space " + bytes + "\n");
    }

    private static String extra(String name, int bytes) throws IOException {
        return write(name + ".S", "\t.section .extra,\"a\"\n\t.global extra_start\nextra_start:\n\t.space " + bytes
                + "\n");
    }

    private static String write(String name, String text) throws IOException {
        Files.writeString(src.resolve(name), text);
        return name;
    }

    /** Assembles the sources and links them with the script in the container; reads the result. */
    private static LinkImage link(String output, String script, String... sources) {
        List<String> objects = new ArrayList<>();
        for (String s : sources) {
            String object = output + "-" + s.replace(".S", ".o");
            run(List.of(AS, "/src/" + s, "-o", object));
            objects.add(object);
        }
        List<String> ld = new ArrayList<>(List.of(LD, "-T", "/src/" + script, "-o", output));
        ld.addAll(objects);
        run(ld);
        return LinkImageReader.read(out.resolve(output), output);
    }

    private static void run(List<String> command) {
        List<String> lines = new ArrayList<>();
        ExecResult r = container.exec(command, MINUTE, lines::add);
        assertTrue(r.succeeded(), command + ": " + lines);
    }
}
