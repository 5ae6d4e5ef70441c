package dev.kallsyms.generator.input;

import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.libc.CInput;
import dev.kallsyms.generator.libc.COut;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Reads the map from its stream into the table. A map of up to 16 MiB (any real one so far) is
 * held whole and read by {@link SplitReading}; a longer one is read window by window, its NUL runs shortened
 * ({@link NulRuns}), so that the heap never needs to hold it all (at 2,000,000 symbols the whole map
 * would be 59 MB, as much as the table's own data).
 */
public final class MapStream {
    private static final int READ_CHUNK = 1 << 20;
    static final Sizes SIZES = new Sizes(16 << 20, 4 << 20, 256 << 20, NulRuns.KEEP);

    /** The thresholds, small in tests: held whole up to, window, longest record held, NUL run kept. */
    record Sizes(int wholeUpTo, int window, int maxHeld, int keep) {
    }

    private MapStream() {
    }

    /**
     * @param size the map's size if known (a regular file), else 0
     * @throws LineTooLong when a line cannot be held
     */
    public static void read(Supplier<MapReader> readers, InputStream in, long size, SymbolTable table, COut err)
            throws IOException {
        read(readers, in, size, table, err, SIZES);
    }

    static void read(Supplier<MapReader> readers, InputStream in, long size, SymbolTable table, COut err,
            Sizes sizes) throws IOException {
        int wholeUpTo = sizes.wholeUpTo();
        byte[] buf = new byte[(int) (size > 0 && size <= wholeUpTo ? size : Math.min(1 << 16, wholeUpTo))];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n >= wholeUpTo) {
                    MapReader reader = readers.get();
                    InputStream all = new SequenceInputStream(new ByteArrayInputStream(buf, 0, n), in);
                    windows(reader, new NulRuns(all, reader.nulStep(), sizes.keep()), table, err, sizes);
                    return;
                }
                int next = in.read();
                if (next < 0) {
                    break;
                }
                buf = Arrays.copyOf(buf, Math.max(n + 1, Math.min(2 * n, wholeUpTo)));
                buf[n++] = (byte) next;
            }
            // a channel reads through a native buffer the size of the request: keep it small
            int r = in.read(buf, n, Math.min(buf.length - n, READ_CHUNK));
            if (r < 0) {
                buf = Arrays.copyOf(buf, n);
                break;
            }
            n += r;
        }
        SplitReading.read(readers.get(), readers.get(), buf, table, err);
    }

    /** One reader through the whole input, the bytes of a record that a window cuts carried to the next. */
    private static void windows(MapReader reader, NulRuns in, SymbolTable table, COut err, Sizes sizes)
            throws IOException {
        byte[] buf = new byte[sizes.window()];
        int len = 0;
        boolean ended = false;
        while (true) {
            while (!ended && len < buf.length) {
                int r = in.read(buf, len, buf.length - len);
                if (r < 0) {
                    ended = true;
                } else {
                    len += r;
                }
            }
            int stop = reader.read(new CInput(buf, 0, len, !ended), len, table, err);
            if (ended) {
                return;
            }
            len -= stop;
            if (len == buf.length) {
                if (buf.length >= sizes.maxHeld()) {
                    throw new LineTooLong();
                }
                buf = Arrays.copyOf(buf, Math.min(2 * buf.length, sizes.maxHeld()));
            } else {
                System.arraycopy(buf, stop, buf, 0, len);
            }
        }
    }
}
