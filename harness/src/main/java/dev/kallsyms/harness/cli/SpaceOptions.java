package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.harness.sweep.Dimension;
import dev.kallsyms.harness.sweep.SweepPoint;
import dev.kallsyms.harness.sweep.SweepSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** What a sweep varies, and (for repeat and minimise) one point given as key=value settings. */
final class SpaceOptions {
    @Option(names = "--host-lengths", split = ",", paramLabel = "N", description = "KBUILD_BUILD_HOST lengths.")
    List<String> hostLengths = new ArrayList<>();

    @Option(names = "--user-lengths", split = ",", paramLabel = "N", description = "KBUILD_BUILD_USER lengths.")
    List<String> userLengths = new ArrayList<>();

    @Option(names = "--localversion-lengths", split = ",", paramLabel = "N", description = "LOCALVERSION lengths.")
    List<String> localversionLengths = new ArrayList<>();

    @Option(names = "--timestamps", split = ",", paramLabel = "TEXT", description = "KBUILD_BUILD_TIMESTAMP values.")
    List<String> timestamps = new ArrayList<>();

    @Option(names = "--padding", split = ",", paramLabel = "BYTES",
            description = "Bytes of padding at the start of .rodata, before the kallsyms tables.")
    List<String> padding = new ArrayList<>();

    @Option(names = "--extra-pass", description = "Also relink with KALLSYMS_EXTRA_PASS=1.")
    boolean extraPass;

    @Option(names = "--empty-percpu", description = "Also relink with the seed's empty per-cpu section added.")
    boolean emptyPercpu;

    @Option(names = "--product", description = "Every combination instead of one dimension at a time.")
    boolean product;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "A point's setting (host, user, localversion, timestamp, padding, extra-pass, empty-percpu). Repeatable.")
    List<String> set = new ArrayList<>();

    SweepSpace toSpace() {
        Map<Dimension, List<String>> values = new LinkedHashMap<>();
        values.put(Dimension.HOST, hostLengths);
        values.put(Dimension.USER, userLengths);
        values.put(Dimension.LOCALVERSION, localversionLengths);
        values.put(Dimension.TIMESTAMP, timestamps);
        values.put(Dimension.PADDING, padding);
        values.put(Dimension.EXTRA_PASS, extraPass ? List.of("1") : List.of());
        values.put(Dimension.EMPTY_PERCPU, emptyPercpu ? List.of("1") : List.of());
        values.forEach(SpaceOptions::checkValues);
        return new SweepSpace(values, product);
    }

    /** Numeric dimensions take counts (lengths, bytes): anything else would only fail at the relink. */
    private static void checkValues(Dimension dimension, List<String> values) {
        for (String value : values) {
            if (dimension.numeric() && !value.matches("\\d{1,9}")) {
                throw new BadInputException(dimension.key() + " takes whole numbers of 0 or more, not '" + value + "'");
            }
        }
    }

    SweepPoint toPoint() {
        Map<String, String> settings = new TreeMap<>();
        for (String s : set) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--set takes KEY=VALUE, not " + s);
            }
            settings.put(s.substring(0, eq), s.substring(eq + 1));
            String key = Inputs.oneOf("--set key", s.substring(0, eq),
                    Arrays.stream(Dimension.values()).map(Dimension::key).toList());
            checkValues(Dimension.byKey(key), List.of(s.substring(eq + 1)));
        }
        return new SweepPoint(settings);
    }
}
