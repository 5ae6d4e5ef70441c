package dev.kallsyms.generator.input;

import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.libc.CChar;
import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.CInput;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.SideThread;
import java.io.ByteArrayOutputStream;

/**
 * Reads a large map on two threads. The second half, from a line start after the middle, is read on
 * a thread of its own into a table of its own while this thread reads the first half. The two join
 * only if reading the first half stopped exactly where the second began and the second's parser never
 * needed what came before it: then each parser was in the state a fresh one starts in, and the joined
 * table, warnings and exit are those of one reading from the start. Otherwise (a record ran across the
 * split, or a parser read stale buffer bytes; only odd input does either) the second half's work is
 * dropped and this thread reads on from where it stopped.
 */
public final class SplitReading {
    /** Below this many bytes a second thread costs more than it saves. */
    static final int SPLIT_FROM = 1 << 17;

    private SplitReading() {
    }

    /** Reads all of map into table; the two readers are fresh instances of the same parser. */
    public static void read(MapReader first, MapReader second, byte[] map, SymbolTable table, COut err) {
        int split = map.length < SPLIT_FROM ? -1 : lineStartAfter(map, map.length / 2);
        read(first, second, map, table, err, split);
    }

    /** As above, with the split given (-1: none); tests choose it. */
    static void read(MapReader first, MapReader second, byte[] map, SymbolTable table, COut err, int split) {
        if (split <= 0 || split >= map.length) {
            first.read(new CInput(map), map.length, table, err);
            return;
        }
        SecondHalf later = new SecondHalf(second, map, split, table);
        later.start();
        int stop = first.read(new CInput(map), split, table, err);
        if (stop == split && later.joinable()) {
            later.appendTo(table, err);
        } else if (stop < map.length) {
            first.read(new CInput(map, stop), map.length, table, err);
        }
    }

    /**
     * The first position after a newline, at or after from, whose byte is not white space (every
     * parser here starts a record there when the previous one ended cleanly); -1 if there is none.
     */
    static int lineStartAfter(byte[] map, int from) {
        for (int i = Math.max(from, 1); i < map.length; i++) {
            if (map[i - 1] == '\n' && !CChar.isSpace(map[i] & 0xff)) {
                return i;
            }
        }
        return -1;
    }

    /** The second half's reading, with everything it would have printed or done kept for later. */
    private static final class SecondHalf extends SideThread {
        private final MapReader reader;
        private final byte[] map;
        private final int from;
        private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
        private final COut err = new COut(messages, 4096);
        private final SymbolTable part;
        private CExit exit;

        SecondHalf(MapReader reader, byte[] map, int from, SymbolTable whole) {
            super("kallsyms-read");
            this.reader = reader;
            this.map = map;
            this.from = from;
            this.part = whole.part(err);
        }

        @Override
        protected void work() {
            reader.read(new CInput(map, from), map.length, part, err);
        }

        @Override
        protected void finish() {
            err.flush();
        }

        /** Waits for the reading; whether its result stands for a reading from the start. */
        boolean joinable() {
            exit = await();
            return !reader.usedEarlierLines();
        }

        void appendTo(SymbolTable table, COut out) {
            table.append(part);
            byte[] m = messages.toByteArray();
            out.bytes(m, 0, m.length);
            if (exit != null) {
                throw exit;
            }
        }
    }
}
