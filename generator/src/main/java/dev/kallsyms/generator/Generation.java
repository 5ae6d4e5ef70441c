package dev.kallsyms.generator;

import java.util.Optional;

/** The kernel generations whose scripts/kallsyms this generator reproduces, oldest first. */
public enum Generation {
    V5_10(5, 10),
    V6_1(6, 1),
    V6_12(6, 12),
    V7_2(7, 2);

    private final int major;
    private final int minor;

    Generation(int major, int minor) {
        this.major = major;
        this.minor = minor;
    }

    /** "5.10", "6.1", ... */
    public String label() {
        return major + "." + minor;
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * The generation a kernel version uses: the newest one not newer than it ("6.6" gives 6.1,
     * "8.0" gives 7.2). Accepts "X.Y" with anything after (".Z", "-rc1"). Empty when the version
     * is older than 5.10.
     *
     * @throws IllegalArgumentException when the text is not a version
     */
    public static Optional<Generation> forKernelVersion(String version) {
        int[] xy = parseMajorMinor(version);
        Generation chosen = null;
        for (Generation g : values()) {
            if (g.major < xy[0] || (g.major == xy[0] && g.minor <= xy[1])) {
                chosen = g;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /** Like {@link #forKernelVersion} but fails with a clear message when too old. */
    public static Generation parse(String version) {
        Optional<Generation> g = forKernelVersion(version);
        if (g.isEmpty()) {
            throw new IllegalArgumentException("kernel version " + version.trim() + " is older than "
                    + V5_10.label() + ", the oldest generation supported");
        }
        return g.get();
    }

    // a loop, not a stream: linking a lambda costs a run of the generator about 10 ms of start-up
    private static boolean allDigits(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int[] parseMajorMinor(String version) {
        String v = version.trim();
        int dot = v.indexOf('.');
        int end = dot + 1;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (dot <= 0 || end == dot + 1 || !allDigits(v, dot)) {
            throw new IllegalArgumentException("not a kernel version (X.Y): '" + version + "'");
        }
        try {
            return new int[] {Integer.parseInt(v.substring(0, dot)), Integer.parseInt(v.substring(dot + 1, end))};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a kernel version (X.Y): '" + version + "'", e);
        }
    }
}
