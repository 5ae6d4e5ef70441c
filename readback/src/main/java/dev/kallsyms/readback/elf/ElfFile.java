package dev.kallsyms.readback.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small ELF reader over memory-mapped regions: section headers, the symbol table and section contents,
 * for 32- and 64-bit files of either byte order. Only the regions asked for are mapped, so a 600 MB vmlinux
 * with debug info costs no more than its symbol table and .rodata.
 */
public final class ElfFile implements AutoCloseable {
    public static final int ET_REL = 1;

    private final Path path;
    private final FileChannel channel;
    private final long fileSize;
    private final boolean is64;
    private final ByteOrder order;
    private final int elfType;
    private final int machine;
    private final List<ElfSection> sections;
    private final Map<Integer, ByteBuffer> contentCache = new HashMap<>();

    private ElfFile(Path path, FileChannel channel) throws IOException {
        this.path = path;
        this.channel = channel;
        this.fileSize = channel.size();
        ByteBuffer ident = map(0, Math.min(64, fileSize));
        if (fileSize < 52 || ident.getInt(0) != 0x7f454c46) {
            throw new ElfFormatException(path + ": not an ELF file");
        }
        int elfClass = ident.get(4);
        int data = ident.get(5);
        if ((elfClass != 1 && elfClass != 2) || (data != 1 && data != 2)) {
            throw new ElfFormatException(path + ": unsupported ELF class " + elfClass + " / data encoding " + data);
        }
        this.is64 = elfClass == 2;
        this.order = data == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer header = ident.order(order);
        this.elfType = Short.toUnsignedInt(header.getShort(16));
        this.machine = Short.toUnsignedInt(header.getShort(18));
        this.sections = readSectionHeaders(header);
    }

    public static ElfFile open(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new ElfFile(path, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public boolean is64Bit() {
        return is64;
    }

    public int pointerSize() {
        return is64 ? 8 : 4;
    }

    public ByteOrder byteOrder() {
        return order;
    }

    /** e_type: 1 relocatable object, 2 executable, 3 shared/position independent. */
    public int elfType() {
        return elfType;
    }

    public int machine() {
        return machine;
    }

    public List<ElfSection> sections() {
        return sections;
    }

    /**
     * The defined symbols whose names are in {@code wanted}; when a name is defined more than once, a global
     * definition wins over a weak one, and a weak one over a local one.
     */
    public Map<String, ElfSymbol> definedSymbols(Set<String> wanted) throws IOException {
        ElfSection symtab = symbolTable();
        ByteBuffer symbols = content(symtab);
        ByteBuffer names = content(section(symtab.link()));
        int maxNameLength = wanted.stream().mapToInt(String::length).max().orElse(0);
        int entrySize = is64 ? 24 : 16;
        Map<String, ElfSymbol> found = new HashMap<>();
        for (int at = entrySize; at + entrySize <= symbols.limit(); at += entrySize) {
            String name = wantedName(names, symbols.getInt(at), maxNameLength, wanted);
            if (name == null) {
                continue;
            }
            ElfSymbol symbol = readSymbol(symbols, at, name);
            if (symbol.isDefined() && rank(symbol) > rank(found.get(name))) {
                found.put(name, symbol);
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /** Every entry of the symbol table but the reserved first one, in table order. */
    public List<ElfSymbol> symbols() throws IOException {
        ElfSection symtab = symbolTable();
        ByteBuffer symbols = content(symtab);
        ByteBuffer names = content(section(symtab.link()));
        int entrySize = is64 ? 24 : 16;
        List<ElfSymbol> all = new ArrayList<>(symbols.limit() / entrySize);
        for (int at = entrySize; at + entrySize <= symbols.limit(); at += entrySize) {
            int nameOffset = symbols.getInt(at);
            String name = nameOffset > 0 && nameOffset < names.limit()
                    ? cString(names, nameOffset, Integer.MAX_VALUE) : "";
            all.add(readSymbol(symbols, at, name));
        }
        return Collections.unmodifiableList(all);
    }

    /** The name of the section a symbol is defined in, or UND / ABS / COMMON (as readelf and nm say). */
    public String sectionName(ElfSymbol symbol) {
        int index = symbol.sectionIndex();
        if (index > 0 && index < sections.size()) {
            return sections.get(index).name();
        }
        return switch (index) {
            case ElfSymbol.SHN_UNDEF -> "UND";
            case ElfSymbol.SHN_ABS -> "ABS";
            case ElfSymbol.SHN_COMMON -> "COMMON";
            default -> "#" + index;
        };
    }

    /** The whole content of a section, as a read-only buffer in the file's byte order (position 0). */
    public ByteBuffer content(ElfSection section) throws IOException {
        if (!section.hasFileContent()) {
            throw new ElfFormatException(path + ": section " + section.name() + " has no content in the file");
        }
        ByteBuffer cached = contentCache.get(section.index());
        if (cached == null) {
            cached = map(section.fileOffset(), section.size());
            contentCache.put(section.index(), cached);
        }
        return cached.duplicate().order(order);
    }

    public ElfSection section(int index) throws ElfFormatException {
        if (index <= 0 || index >= sections.size()) {
            throw new ElfFormatException(path + ": no section with index " + index);
        }
        return sections.get(index);
    }

    /** Where a symbol's bytes start inside its section: its value is an address, or an offset in an object file. */
    public long offsetInSection(ElfSymbol symbol) throws ElfFormatException {
        ElfSection section = section(symbol.sectionIndex());
        return elfType == ET_REL ? symbol.value() : symbol.value() - section.address();
    }

    @Override
    public void close() throws IOException {
        contentCache.clear();
        channel.close();
    }

    private ElfSection symbolTable() throws ElfFormatException {
        return sections.stream().filter(s -> s.type() == ElfSection.SHT_SYMTAB).findFirst()
                .orElseThrow(() -> new ElfFormatException(path + ": no symbol table (stripped?)"));
    }

    private List<ElfSection> readSectionHeaders(ByteBuffer header) throws IOException {
        long shoff = is64 ? header.getLong(0x28) : Integer.toUnsignedLong(header.getInt(0x20));
        int shentsize = Short.toUnsignedInt(header.getShort(is64 ? 0x3a : 0x2e));
        int shnum = Short.toUnsignedInt(header.getShort(is64 ? 0x3c : 0x30));
        int shstrndx = Short.toUnsignedInt(header.getShort(is64 ? 0x3e : 0x32));
        if (shoff == 0) {
            return List.of();
        }
        if (shentsize < (is64 ? 64 : 40)) {
            throw new ElfFormatException(path + ": section header entries of " + shentsize + " bytes");
        }
        if (shnum == 0 || shstrndx == 0xffff) {
            // More sections than fit the header fields: the real counts sit in section header 0.
            ByteBuffer first = map(shoff, shentsize).order(order);
            if (shnum == 0) {
                shnum = (int) readWord(first, is64 ? 0x20 : 0x14);
            }
            if (shstrndx == 0xffff) {
                shstrndx = first.getInt(is64 ? 0x28 : 0x18);
            }
        }
        ByteBuffer table = map(shoff, (long) shnum * shentsize).order(order);
        List<long[]> raw = new ArrayList<>();
        for (int i = 0; i < shnum; i++) {
            raw.add(readSectionHeader(table, i * shentsize));
        }
        ByteBuffer names = shstrndx < shnum ? map(raw.get(shstrndx)[3], raw.get(shstrndx)[4]) : null;
        List<ElfSection> result = new ArrayList<>();
        for (int i = 0; i < shnum; i++) {
            long[] h = raw.get(i);
            String name = names == null ? "" : cString(names, (int) h[0], Integer.MAX_VALUE);
            result.add(new ElfSection(i, name, (int) h[1], h[5], h[2], h[3], h[4], (int) h[6], h[7]));
        }
        return Collections.unmodifiableList(result);
    }

    /** name, type, addr, offset, size, flags, link, addralign */
    private long[] readSectionHeader(ByteBuffer table, int at) {
        if (is64) {
            return new long[] {Integer.toUnsignedLong(table.getInt(at)), table.getInt(at + 4), table.getLong(at + 16),
                table.getLong(at + 24), table.getLong(at + 32), table.getLong(at + 8), table.getInt(at + 40),
                table.getLong(at + 48)};
        }
        return new long[] {Integer.toUnsignedLong(table.getInt(at)), table.getInt(at + 4), u32(table, at + 12),
            u32(table, at + 16), u32(table, at + 20), u32(table, at + 8), table.getInt(at + 24),
            u32(table, at + 32)};
    }

    private ElfSymbol readSymbol(ByteBuffer symbols, int at, String name) {
        if (is64) {
            int info = Byte.toUnsignedInt(symbols.get(at + 4));
            return new ElfSymbol(name, symbols.getLong(at + 8), symbols.getLong(at + 16), info >> 4, info & 0xf,
                    Short.toUnsignedInt(symbols.getShort(at + 6)));
        }
        int info = Byte.toUnsignedInt(symbols.get(at + 12));
        return new ElfSymbol(name, u32(symbols, at + 4), u32(symbols, at + 8), info >> 4, info & 0xf,
                Short.toUnsignedInt(symbols.getShort(at + 14)));
    }

    private static int rank(ElfSymbol symbol) {
        if (symbol == null) {
            return -1;
        }
        return switch (symbol.binding()) {
            case ElfSymbol.STB_GLOBAL -> 3;
            case ElfSymbol.STB_WEAK -> 2;
            default -> 1;
        };
    }

    /** The symbol's name if it is one of {@code wanted}, read without building a String for every symbol. */
    private static String wantedName(ByteBuffer names, int offset, int maxLength, Set<String> wanted) {
        if (offset <= 0 || offset >= names.limit()) {
            return null;
        }
        int end = offset;
        while (end < names.limit() && names.get(end) != 0) {
            if (end - offset > maxLength) {
                return null;
            }
            end++;
        }
        String name = cString(names, offset, end - offset);
        return wanted.contains(name) ? name : null;
    }

    private static String cString(ByteBuffer buffer, int offset, int maxLength) {
        int end = offset;
        while (end < buffer.limit() && end - offset < maxLength && buffer.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - offset];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private long readWord(ByteBuffer buffer, int at) {
        return is64 ? buffer.getLong(at) : u32(buffer, at);
    }

    private static long u32(ByteBuffer buffer, int at) {
        return Integer.toUnsignedLong(buffer.getInt(at));
    }

    private ByteBuffer map(long offset, long size) throws IOException {
        if (offset < 0 || size < 0 || offset + size > fileSize) {
            throw new ElfFormatException(path + ": region " + offset + "+" + size + " lies outside the file ("
                    + fileSize + " bytes)");
        }
        if (size > Integer.MAX_VALUE) {
            throw new ElfFormatException(path + ": region of " + size + " bytes is too large to map");
        }
        // Callers choose the byte order; the identification bytes are read big-endian on purpose.
        return channel.map(FileChannel.MapMode.READ_ONLY, offset, size);
    }
}
