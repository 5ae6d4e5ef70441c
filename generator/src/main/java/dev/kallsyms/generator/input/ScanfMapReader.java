package dev.kallsyms.generator.input;

import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.libc.CChar;
import dev.kallsyms.generator.libc.CInput;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.CString;
import dev.kallsyms.generator.libc.HexAccumulator;

/**
 * The parser of the older generations: glibc fscanf with "%llx %c %<width>s\n" per symbol, and on a
 * partial match the rest of the line is skipped with fgets. Whitespace, newlines included, is free
 * form here, so a line missing its name takes the next line's address as the name.
 */
public final class ScanfMapReader implements MapReader {
    private static final int EOF = -1;

    private final int nameWidth;
    private final byte[] name;
    private long addr;
    private final HexAccumulator hex = new HexAccumulator();
    private int type;

    /** @param nameWidth the %s field width; the C's name buffer is one byte larger */
    public ScanfMapReader(int nameWidth) {
        this.nameWidth = nameWidth;
        this.name = new byte[nameWidth + 1];
    }

    @Override
    public int read(CInput in, int limit, SymbolTable table, COut err) {
        PlainLineScanner plain = new PlainLineScanner(nameWidth);
        byte[] map = in.data();
        while (!in.feof() && in.position() < limit) {
            int start = in.position();
            try {
                if (plain.scan(in)) {
                    table.accept(plain.addr(), plain.type(), map, plain.nameStart(), plain.nameLength());
                } else {
                    readSlowly(in, table, err);
                }
            } catch (CInput.NeedMore e) {
                return start;
            }
        }
        return in.position();
    }

    /** Both %s and the fgets after a failed match eat a run of NULs nameWidth bytes at a time. */
    @Override
    public int nulStep() {
        return nameWidth;
    }

    private void readSlowly(CInput in, SymbolTable table, COut err) {
        int rc = scan(in);
        if (rc != 3) {
            if (rc != EOF && !in.fgets(nameWidth + 1)) {
                err.print("Read error or end of file.\n");
            }
            return;
        }
        table.accept(addr, type, name, 0, CString.strlen(name, 0));
    }

    /** One fscanf call; returns the number of fields converted, or EOF before the first. */
    private int scan(CInput in) {
        int c = skipSpace(in);
        if (c == EOF) {
            return EOF;
        }
        if (!scanHex(in, c)) {
            return 0;
        }
        c = skipSpace(in);
        if (c == EOF) {
            return 1;
        }
        type = c;
        c = skipSpace(in);
        if (c == EOF) {
            return 2;
        }
        scanString(in, c);
        c = skipSpace(in);
        in.ungetc(c);
        return 3;
    }

    private static int skipSpace(CInput in) {
        int c;
        do {
            c = in.getc();
        } while (CChar.isSpace(c));
        return c;
    }

    /** %llx from its first character; false on a matching failure (the offending byte is pushed back). */
    private boolean scanHex(CInput in, int c) {
        boolean negative = false;
        boolean digits = false;
        HexAccumulator acc = hex.reset();
        if (c == '-' || c == '+') {
            negative = c == '-';
            c = in.getc();
        }
        if (c == '0') {
            digits = true;
            c = in.getc();
            if (c == 'x' || c == 'X') {
                c = in.getc();
            }
        }
        while (c != EOF && CChar.isXDigit(c)) {
            digits = true;
            acc.add(c);
            c = in.getc();
        }
        in.ungetc(c);
        addr = acc.value(negative);
        return digits;
    }

    /** %Ns from its first (non-space) character: stops before whitespace, at EOF or at the width. */
    private void scanString(CInput in, int c) {
        int n = 0;
        name[n++] = (byte) c;
        while (n < nameWidth) {
            c = in.getc();
            if (c == EOF) {
                break;
            }
            if (CChar.isSpace(c)) {
                in.ungetc(c);
                break;
            }
            name[n++] = (byte) c;
        }
        name[n] = 0;
    }
}
