package dev.kallsyms.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.LinkMode;
import dev.kallsyms.harness.RunOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class CommonOptionsTest {
    @Command(name = "probe")
    static final class Probe {
        @Mixin
        CommonOptions common;
    }

    @TempDir
    Path dir;

    @Test
    void bootsByDefaultAndNotWithNoBoot() throws Exception {
        assertTrue(parse().boot());
        RunOptions noBoot = parse("--no-boot");
        assertFalse(noBoot.boot());
        assertTrue(noBoot.interpose(), "--no-boot changes nothing else");
        assertTrue(noBoot.ccache());
    }

    @Test
    void dropInIsItsOwnModeAndExcludesNoInterpose() throws Exception {
        assertEquals(LinkMode.INTERPOSED, parse().mode());
        assertEquals(LinkMode.DROP_IN, parse("--drop-in").mode());
        assertEquals(LinkMode.PLAIN, parse("--no-interpose").mode());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("--drop-in", "--no-interpose"));
        assertTrue(e.getMessage().contains("exclude each other"), e.getMessage());
    }

    @Test
    void aMemoryLimitIsGivenAsDockerWritesIt() throws Exception {
        assertEquals(0, parse().memoryBytes(), "no limit by default");
        assertEquals(512L << 20, parse("--memory", "512m").memoryBytes());
        assertEquals(2L << 30, parse("--memory", "2G").memoryBytes());
        for (String bad : new String[] {"0", "-1", "lots", "2t", ""}) {
            assertThrows(CommandLine.ParameterException.class, () -> parse("--memory", bad), bad);
        }
    }

    private RunOptions parse(String... args) throws Exception {
        Path jar = dir.resolve("kallsyms.jar");
        if (!Files.exists(jar)) {
            Files.createFile(jar);
        }
        Probe probe = new Probe();
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--generator-jar";
        all[args.length + 1] = jar.toString();
        all[args.length + 2] = "--output";
        all[args.length + 3] = dir.toString();
        new CommandLine(probe).parseArgs(all);
        try (TerminalProgress progress = new TerminalProgress(new PrintStream(PrintStream.nullOutputStream()), 1,
                false)) {
            return probe.common.toRunOptions(progress);
        }
    }
}
