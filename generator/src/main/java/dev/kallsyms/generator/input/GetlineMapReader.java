package dev.kallsyms.generator.input;

import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.CInput;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.CString;
import dev.kallsyms.generator.libc.LineBuffer;
import dev.kallsyms.generator.libc.Strtoull;

/**
 * The parser of the newer generations: getline, strtoull(16), then exactly one space, an ASCII type
 * byte and one space; anything else stops the program with "line format error".
 */
public final class GetlineMapReader implements MapReader {
    private final LineBuffer line = new LineBuffer();
    private final Strtoull strtoull = new Strtoull();

    @Override
    public int read(CInput in, int limit, SymbolTable table, COut err) {
        while (!in.feof() && in.position() < limit) {
            int start = in.position();
            int len;
            try {
                len = in.getline(line);
            } catch (CInput.NeedMore e) {
                return start;
            }
            if (len < 0) {
                continue;
            }
            byte[] buf = line.bytes();
            if (buf[len - 1] == '\n') {
                buf[len - 1] = 0;
            }
            Strtoull parsed = strtoull.base16(buf);
            int p = parsed.end();
            int type = line.at(p + 1);
            if (p == 0 || line.at(p) != ' ' || type < 0 || line.at(p + 2) != ' ') {
                err.print("line format error\n");
                throw new CExit(1);
            }
            int nameOff = p + 3;
            int nameLen = nameOff < buf.length ? CString.strlen(buf, nameOff) : 0;
            table.accept(parsed.value(), type, buf, Math.min(nameOff, buf.length), nameLen);
        }
        return in.position();
    }

    @Override
    public boolean usedEarlierLines() {
        return line.readPastLine();
    }
}
