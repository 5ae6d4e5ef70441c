package dev.kallsyms.harness.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.fixtures.Corpus;
import dev.kallsyms.generator.cli.KallsymsMain;
import dev.kallsyms.harness.PassFiles;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real wrapper script on the host, as a link script would, with the kernel's own C kallsyms (the
 * reference oracle's build) and the Java generator, and reads its records back.
 */
class WrapperScriptTest {
    @TempDir
    static Path work;
    static Path wrapper;
    static Path generatorJar;
    static byte[] map;

    @BeforeAll
    static void setUp() throws Exception {
        wrapper = work.resolve("kallsyms");
        try (InputStream in = WrapperScriptTest.class.getResourceAsStream(CellBuild.WRAPPER_RESOURCE)) {
            Files.write(wrapper, in.readAllBytes());
        }
        wrapper.toFile().setExecutable(true);
        generatorJar = launcherJar(work.resolve("kallsyms.jar"));
        map = Corpus.get("vexpress-6.1.192-pass1").bytes();
    }

    /** A jar holding only a manifest that runs the generator from wherever its classes are on this classpath. */
    static Path launcherJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, KallsymsMain.class.getName());
        String classes = KallsymsMain.class.getProtectionDomain().getCodeSource().getLocation().toString();
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes);
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            return jar;
        }
    }

    private record Call(int exit, byte[] stdout, Path records) {
    }

    private Call call(String generation, Path dir, boolean stdinMap, Map<String, String> extraEnv,
                      String... options) throws Exception {
        Path tree = Files.createDirectories(dir);
        Path records = tree.resolve("calls");
        String mapName = ".tmp_vmlinux.kallsyms1.syms";
        Files.write(tree.resolve(mapName), map);
        List<String> command = new ArrayList<>(List.of(wrapper.toString()));
        command.addAll(List.of(options));
        if (!stdinMap) {
            command.add(mapName);
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(tree.toFile());
        Map<String, String> env = pb.environment();
        env.put("KALLSYMS_HARNESS_RECORDS", records.toString());
        env.put("KALLSYMS_HARNESS_C_PROGRAM", ReferenceKallsyms.forGeneration(generation).binary().toString());
        env.put("KALLSYMS_HARNESS_JAR", generatorJar.toString());
        env.put("KALLSYMS_HARNESS_GENERATION", generation);
        env.putAll(extraEnv);
        Path out = tree.resolve(".tmp_vmlinux.kallsyms1.S");
        pb.redirectOutput(out.toFile());
        pb.redirectError(tree.resolve("wrapper.err").toFile());
        if (stdinMap) {
            pb.redirectInput(tree.resolve(mapName).toFile());
        }
        int exit = pb.start().waitFor();
        return new Call(exit, Files.readAllBytes(out), records);
    }

    @Test
    void equalRunHandsTheJavaOutputToTheBuildAndRecordsBoth() throws Exception {
        Call call = call("6.1", work.resolve("equal"), false, Map.of(), "--base-relative");
        assertEquals(0, call.exit());
        PassRecord r = WrapperRecords.read(call.records(), PassFiles.forGeneration("6.1"), work).get(0);
        assertEquals(1, r.pass(), "pass from the output file name");
        assertEquals(0, r.invocation());
        assertEquals(List.of("--base-relative", ".tmp_vmlinux.kallsyms1.syms"), r.arguments());
        assertFalse(r.mapOnStdin());
        assertEquals(map.length, r.inputMap().bytes());
        byte[] expected = ReferenceKallsyms.forGeneration("6.1")
                .run(List.of("--base-relative", work.resolve("equal/.tmp_vmlinux.kallsyms1.syms").toString()), null)
                .stdout();
        assertArrayEquals(expected, Files.readAllBytes(work.resolve(r.c().output().file())));
        assertArrayEquals(Files.readAllBytes(work.resolve(r.java().output().file())), call.stdout(),
                "the build gets the Java output");
        assertTrue(r.byteEqual(), "the generator is byte-exact on this map");
        assertEquals(-1, r.firstDifference());
        assertNull(r.fault());
    }

    @Test
    void linkCHandsTheCOutputToTheBuild() throws Exception {
        Call call = call("6.1", work.resolve("linkc"), false,
                Map.of("KALLSYMS_HARNESS_TEST_FAULT", "corrupt-java:0", "KALLSYMS_HARNESS_LINK", "c"),
                "--base-relative");
        assertEquals(0, call.exit());
        PassRecord r = WrapperRecords.read(call.records(), PassFiles.forGeneration("6.1"), work).get(0);
        assertFalse(r.byteEqual(), "both still ran and were compared");
        assertArrayEquals(Files.readAllBytes(work.resolve(r.c().output().file())), call.stdout(),
                "the build gets the C output");
    }

    @Test
    void mapOnStandardInputIsSavedAndFedToBoth() throws Exception {
        Call call = call("5.10", work.resolve("stdin"), true, Map.of(), "--base-relative");
        PassRecord r = WrapperRecords.read(call.records(), PassFiles.forGeneration("5.10"), work).get(0);
        assertTrue(r.mapOnStdin());
        assertEquals(map.length, r.inputMap().bytes());
        assertTrue(r.c().output().bytes() > 100_000, "the C program read the whole map");
        assertEquals(0, r.c().exitCode());
        assertEquals(r.c().output().sha256(), r.java().output().sha256());
    }

    @Test
    void corruptJavaFaultChangesOneByteAndIsAMismatch() throws Exception {
        Call call = call("6.1", work.resolve("corrupt"), false,
                Map.of("KALLSYMS_HARNESS_TEST_FAULT", "corrupt-java:0"), "--base-relative");
        assertEquals(0, call.exit(), "without stop-on-mismatch the build goes on");
        PassRecord r = WrapperRecords.read(call.records(), PassFiles.forGeneration("6.1"), work).get(0);
        assertFalse(r.byteEqual());
        assertEquals("corrupt-java", r.fault());
        assertEquals(r.c().output().bytes(), r.java().output().bytes());
        byte[] c = Files.readAllBytes(work.resolve(r.c().output().file()));
        byte[] java = Files.readAllBytes(work.resolve(r.java().output().file()));
        int differing = 0;
        for (int i = 0; i < c.length; i++) {
            differing += c[i] != java[i] ? 1 : 0;
        }
        assertEquals(1, differing);
        assertTrue(r.firstDifference() >= 0);
    }

    @Test
    void extraSymbolFaultFeedsBothProgramsTheSameLongerMap() throws Exception {
        Call call = call("6.1", work.resolve("extra"), false,
                Map.of("KALLSYMS_HARNESS_TEST_FAULT", "extra-symbol:0"), "--base-relative");
        PassRecord r = WrapperRecords.read(call.records(), PassFiles.forGeneration("6.1"), work).get(0);
        assertEquals("extra-symbol", r.fault());
        assertEquals(map.length + "80100000 T _stext__harness_extra\n".length(), r.inputMap().bytes());
        assertTrue(r.byteEqual());
        byte[] honest = ReferenceKallsyms.forGeneration("6.1")
                .run(List.of("--base-relative", work.resolve("extra/.tmp_vmlinux.kallsyms1.syms").toString()), null)
                .stdout();
        assertTrue(r.c().output().bytes() > honest.length, "the table grew by one symbol");
    }

    @Test
    void faultForAnotherCallIsIgnored() throws Exception {
        Call call = call("6.1", work.resolve("other-call"), false,
                Map.of("KALLSYMS_HARNESS_TEST_FAULT", "corrupt-java:1"), "--base-relative");
        PassRecord r = WrapperRecords.read(call.records(), PassFiles.forGeneration("6.1"), work).get(0);
        assertTrue(r.byteEqual());
        assertNull(r.fault());
    }

    @Test
    void stopOnMismatchFailsTheCall() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("KALLSYMS_HARNESS_TEST_FAULT", "corrupt-java:0");
        env.put("KALLSYMS_HARNESS_STOP_ON_MISMATCH", "1");
        Call call = call("6.1", work.resolve("stop"), false, env, "--base-relative");
        assertEquals(99, call.exit());
    }
}
