package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.core.TableText;
import dev.kallsyms.generator.core.TokenTable;
import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.CString;

/** The pieces of the generated assembler source that the generations share. */
final class AsmTables {
    static final String ALIGN_MACRO = "\tALGN\n";
    static final String ALIGN_4 = "\t.balign 4\n";

    private AsmTables() {
    }

    static void bitsPerLongPrelude(COut out) {
        out.print("#include <asm/bitsperlong.h>\n#if BITS_PER_LONG == 64\n#define PTR .quad\n"
                + "#define ALGN .balign 8\n#else\n#define PTR .long\n#define ALGN .balign 4\n#endif\n");
    }

    static void rodataSection(COut out) {
        out.print("\t.section .rodata, \"a\"\n");
    }

    static void label(COut out, String name, String align) {
        out.print(".globl ").print(name).print("\n").print(align).print(name).print(":\n");
    }

    /** "PTR _text +/- delta" for an address relative to _text. */
    static void textRelative(COut out, long textAddr, long addr) {
        if (Long.compareUnsigned(textAddr, addr) <= 0) {
            out.print("\tPTR\t_text + ").altHex(addr - textAddr).print("\n");
        } else {
            out.print("\tPTR\t_text - ").altHex(textAddr - addr).print("\n");
        }
    }

    static void numSyms(COut out, int count, String align) {
        label(out, "kallsyms_num_syms", align);
        out.print("\t.long\t").dec(count & 0xffffffffL).print("\n\n");
    }

    /** How the names table writes each entry's length and what follows the bytes. */
    enum NameStyle { ONE_BYTE_LENGTH, ULEB128_LENGTH, ULEB128_LENGTH_WITH_COMMENT }

    /** kallsyms_names without comments; returns the offset of every 256th entry. */
    static long[] names(COut out, TableText names, NameStyle style, TokenTable tokens, String align, COut err) {
        return names(out, names, style, tokens, null, align, err);
    }

    /**
     * kallsyms_names; returns the offset of every 256th entry. With comments, each entry's comment is its
     * restored name: taken from the names as read when they give it, else restored in place as the C does.
     */
    static long[] names(COut out, TableText names, NameStyle style, TokenTable tokens, NameComments comments,
            String align, COut err) {
        label(out, "kallsyms_names", align);
        int count = names.count();
        long[] markers = new long[(count + 255) / 256];
        long off = 0;
        byte[] text = names.bytes();
        byte[] expanded = new byte[4096];
        for (int i = 0; i < count; i++) {
            if ((i & 0xff) == 0) {
                markers[i >> 8] = off & 0xffffffffL;
            }
            int len = names.len(i);
            off += style == NameStyle.ONE_BYTE_LENGTH ? oneByteLength(out, len) : uleb128Length(out, len, err);
            out.commaHexBytes(text, names.first(i), len);
            if (style != NameStyle.ULEB128_LENGTH_WITH_COMMENT) {
                out.print("\n");
            } else if (comments.asRead()) {
                comments.print(out, i);
            } else {
                restoreName(names, i, tokens, expanded);
                out.print("\t/* ").cstr(text, names.first(i)).print(" */\n");
            }
        }
        out.print("\n");
        return markers;
    }

    private static int oneByteLength(COut out, int len) {
        out.print("\t.byte 0x").hex02(len);
        return len + 1;
    }

    private static int uleb128Length(COut out, int len, COut err) {
        if (len == 0) {
            err.print("kallsyms failure: unexpected zero symbol length\n");
            throw new CExit(1);
        }
        if (len > 0x3fff) {
            err.print("kallsyms failure: unexpected huge symbol length\n");
            throw new CExit(1);
        }
        if (len <= 0x7f) {
            out.print("\t.byte 0x").hex02(len);
            return len + 1;
        }
        out.print("\t.byte 0x").hex02((len & 0x7f) | 0x80).print(", 0x").hex02((len >> 7) & 0x7f);
        return len + 2;
    }

    /** The C copies the expanded name back over the compressed bytes as a C string (strcpy). */
    private static void restoreName(TableText names, int i, TokenTable tokens, byte[] expanded) {
        tokens.expand(names.bytes(), names.first(i), names.len(i), expanded);
        int n = CString.strlen(expanded, 0);
        System.arraycopy(expanded, 0, names.bytes(), names.first(i), n + 1);
    }

    static void markers(COut out, long[] markers, String align) {
        label(out, "kallsyms_markers", align);
        for (long m : markers) {
            out.print("\t.long\t").dec(m).print("\n");
        }
        out.print("\n");
    }

    /** kallsyms_token_table then kallsyms_token_index. */
    static void tokens(COut out, TokenTable tokens, String align) {
        label(out, "kallsyms_token_table", align);
        int[] index = new int[256];
        int off = 0;
        for (int i = 0; i < 256; i++) {
            index[i] = off;
            byte[] e = tokens.expansion(i);
            int n = cLength(e);
            out.print("\t.asciz\t\"").bytes(e, 0, n).print("\"\n");
            off += n + 1;
        }
        out.print("\n");
        label(out, "kallsyms_token_index", align);
        for (int i = 0; i < 256; i++) {
            out.print("\t.short\t").dec(index[i]).print("\n");
        }
        out.print("\n");
    }

    private static int cLength(byte[] e) {
        for (int i = 0; i < e.length; i++) {
            if (e[i] == 0) {
                return i;
            }
        }
        return e.length;
    }

    /** kallsyms_seqs_of_names: the table positions in name order, each with its comment if any. */
    static void seqsOfNames(COut out, int[] byName, NameComments comments, String align) {
        label(out, "kallsyms_seqs_of_names", align);
        for (int seq : byName) {
            out.threeBytes(seq);
            if (comments != null) {
                comments.print(out, seq);
            } else {
                out.print("\n");
            }
        }
        out.print("\n");
    }
}
