package dev.kallsyms.harness.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The section headers and the symbol table (.symtab) of an ELF file, read through a memory-mapped buffer:
 * only the headers, the symbol table and its string table are touched, so a 150 MB vmlinux with debug
 * information costs what its symbols cost. (jelf reads the whole file and sign-extends ELF32 values; see
 * ElfReaderComparisonTest for the measured difference.) Values are unsigned: ELF32 addresses are 0..2^32-1.
 */
public record ElfSymbolTable(int elfClass, int machine, List<ElfSection> sections, List<ElfSymbol> symbols) {
    private static final int SHT_SYMTAB = 2;

    public ElfSymbolTable {
        sections = List.copyOf(sections);
        symbols = List.copyOf(symbols);
    }

    public static ElfSymbolTable read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            return parse(map);
        }
    }

    static ElfSymbolTable parse(ByteBuffer buf) {
        if (buf.limit() < 52 || buf.getInt(0) != 0x7f454c46) {
            throw new ElfFormatException("not an ELF file");
        }
        int elfClass = buf.get(4);
        boolean is64 = elfClass == 2;
        buf.order(buf.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int machine = Short.toUnsignedInt(buf.getShort(18));
        long shoff = is64 ? buf.getLong(40) : Integer.toUnsignedLong(buf.getInt(32));
        int shentsize = Short.toUnsignedInt(buf.getShort(is64 ? 58 : 46));
        int shnum = Short.toUnsignedInt(buf.getShort(is64 ? 60 : 48));
        int shstrndx = Short.toUnsignedInt(buf.getShort(is64 ? 62 : 50));
        List<RawSection> raw = new ArrayList<>();
        for (int i = 0; i < shnum; i++) {
            raw.add(RawSection.at(buf, (int) (shoff + (long) i * shentsize), is64));
        }
        List<ElfSection> sections = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawSection s = raw.get(i);
            String name = shstrndx < raw.size() ? string(buf, raw.get(shstrndx).offset, s.nameIndex) : "";
            sections.add(new ElfSection(i, name, s.type, s.flags, s.addr, s.size, s.align));
        }
        List<ElfSymbol> symbols = new ArrayList<>();
        for (RawSection s : raw) {
            if (s.type == SHT_SYMTAB) {
                readSymbols(buf, s, raw.get(s.link), is64, sections, symbols);
            }
        }
        return new ElfSymbolTable(elfClass, machine, sections, symbols);
    }

    private static void readSymbols(ByteBuffer buf, RawSection symtab, RawSection strtab, boolean is64,
                                    List<ElfSection> sections, List<ElfSymbol> out) {
        int entsize = is64 ? 24 : 16;
        long count = symtab.size / entsize;
        // entry 0 is the reserved null symbol
        for (long i = 1; i < count; i++) {
            int at = (int) (symtab.offset + i * entsize);
            int nameIndex = buf.getInt(at);
            long value;
            long size;
            int info;
            int shndx;
            if (is64) {
                info = Byte.toUnsignedInt(buf.get(at + 4));
                shndx = Short.toUnsignedInt(buf.getShort(at + 6));
                value = buf.getLong(at + 8);
                size = buf.getLong(at + 16);
            } else {
                value = Integer.toUnsignedLong(buf.getInt(at + 4));
                size = Integer.toUnsignedLong(buf.getInt(at + 8));
                info = Byte.toUnsignedInt(buf.get(at + 12));
                shndx = Short.toUnsignedInt(buf.getShort(at + 14));
            }
            String section = shndx > 0 && shndx < sections.size() ? sections.get(shndx).name() : specialIndex(shndx);
            out.add(new ElfSymbol(string(buf, strtab.offset, nameIndex), value, size, info & 0xf, info >> 4,
                    shndx, section));
        }
    }

    private static String specialIndex(int shndx) {
        return switch (shndx) {
            case 0 -> "UND";
            case 0xfff1 -> "ABS";
            case 0xfff2 -> "COMMON";
            default -> "#" + shndx;
        };
    }

    private static String string(ByteBuffer buf, long tableOffset, int index) {
        int start = (int) (tableOffset + Integer.toUnsignedLong(index));
        int end = start;
        while (buf.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - start];
        buf.get(start, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private record RawSection(int nameIndex, int type, long flags, long addr, long offset, long size, int link,
                              long align) {
        static RawSection at(ByteBuffer buf, int at, boolean is64) {
            if (is64) {
                return new RawSection(buf.getInt(at), buf.getInt(at + 4), buf.getLong(at + 8), buf.getLong(at + 16),
                        buf.getLong(at + 24), buf.getLong(at + 32), buf.getInt(at + 40), buf.getLong(at + 48));
            }
            return new RawSection(buf.getInt(at), buf.getInt(at + 4), u32(buf, at + 8), u32(buf, at + 12),
                    u32(buf, at + 16), u32(buf, at + 20), buf.getInt(at + 24), u32(buf, at + 32));
        }

        private static long u32(ByteBuffer buf, int at) {
            return Integer.toUnsignedLong(buf.getInt(at));
        }
    }
}
