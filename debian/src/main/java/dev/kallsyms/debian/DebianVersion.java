package dev.kallsyms.debian;

import java.util.Comparator;

/** Orders Debian version strings the way dpkg does (epoch, upstream, revision; '~' sorts first). */
public final class DebianVersion implements Comparator<String> {
    public static final DebianVersion ORDER = new DebianVersion();

    private DebianVersion() {
    }

    @Override
    public int compare(String a, String b) {
        int c = Long.compare(epoch(a), epoch(b));
        if (c != 0) {
            return c;
        }
        String ra = withoutEpoch(a);
        String rb = withoutEpoch(b);
        c = comparePart(upstream(ra), upstream(rb));
        return c != 0 ? c : comparePart(revision(ra), revision(rb));
    }

    private static long epoch(String v) {
        int colon = v.indexOf(':');
        return colon < 0 ? 0 : Long.parseLong(v.substring(0, colon));
    }

    private static String withoutEpoch(String v) {
        return v.substring(v.indexOf(':') + 1);
    }

    private static String upstream(String v) {
        int dash = v.lastIndexOf('-');
        return dash < 0 ? v : v.substring(0, dash);
    }

    private static String revision(String v) {
        int dash = v.lastIndexOf('-');
        return dash < 0 ? "" : v.substring(dash + 1);
    }

    /** Alternating runs of non-digits (compared by dpkg's character order) and digits (numerically). */
    private static int comparePart(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while ((i < a.length() && !Character.isDigit(a.charAt(i)))
                    || (j < b.length() && !Character.isDigit(b.charAt(j)))) {
                int ca = i < a.length() && !Character.isDigit(a.charAt(i)) ? weight(a.charAt(i)) : 0;
                int cb = j < b.length() && !Character.isDigit(b.charAt(j)) ? weight(b.charAt(j)) : 0;
                if (ca != cb) {
                    return Integer.compare(ca, cb);
                }
                i += i < a.length() && !Character.isDigit(a.charAt(i)) ? 1 : 0;
                j += j < b.length() && !Character.isDigit(b.charAt(j)) ? 1 : 0;
            }
            int si = i;
            int sj = j;
            while (i < a.length() && Character.isDigit(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && Character.isDigit(b.charAt(j))) {
                j++;
            }
            int c = compareDigits(a.substring(si, i), b.substring(sj, j));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareDigits(String x, String y) {
        String a = x.replaceFirst("^0+", "");
        String b = y.replaceFirst("^0+", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    /** '~' before the end of the string, the end before letters, letters before other characters. */
    private static int weight(char c) {
        if (c == '~') {
            return -1;
        }
        if (Character.isLetter(c)) {
            return c;
        }
        return c + 256;
    }
}
