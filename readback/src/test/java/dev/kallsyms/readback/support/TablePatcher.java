package dev.kallsyms.readback.support;

import dev.kallsyms.readback.elf.ElfFile;
import dev.kallsyms.readback.elf.ElfSection;
import dev.kallsyms.readback.elf.ElfSymbol;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;

/** A copy of a linked ELF whose table bytes a test overwrites, addressed by table label and offset. */
public final class TablePatcher implements AutoCloseable {
    private static final Set<String> LABELS = Set.of("kallsyms_addresses", "kallsyms_offsets",
            "kallsyms_relative_base", "kallsyms_num_syms", "kallsyms_names", "kallsyms_markers",
            "kallsyms_seqs_of_names", "kallsyms_token_table", "kallsyms_token_index");

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Long> fileOffsets = new java.util.HashMap<>();
    private final ByteOrder order;
    private final int pointerSize;

    private TablePatcher(Path file) throws IOException {
        this.file = file;
        try (ElfFile elf = ElfFile.open(file)) {
            order = elf.byteOrder();
            pointerSize = elf.pointerSize();
            for (Map.Entry<String, ElfSymbol> e : elf.definedSymbols(LABELS).entrySet()) {
                ElfSection section = elf.section(e.getValue().sectionIndex());
                fileOffsets.put(e.getKey(), section.fileOffset() + elf.offsetInSection(e.getValue()));
            }
        }
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    public static TablePatcher copyOf(Path elf, Path copy) throws IOException {
        Files.copy(elf, copy, StandardCopyOption.REPLACE_EXISTING);
        return new TablePatcher(copy);
    }

    public Path file() {
        return file;
    }

    public int pointerSize() {
        return pointerSize;
    }

    public boolean has(String label) {
        return fileOffsets.containsKey(label);
    }

    public int u8(String label, long offset) throws IOException {
        return Byte.toUnsignedInt(read(label, offset, 1).get(0));
    }

    public long u32(String label, long offset) throws IOException {
        return Integer.toUnsignedLong(read(label, offset, 4).getInt(0));
    }

    public int u16(String label, long offset) throws IOException {
        return Short.toUnsignedInt(read(label, offset, 2).getShort(0));
    }

    public long word(String label, long offset) throws IOException {
        return pointerSize == 8 ? read(label, offset, 8).getLong(0) : u32(label, offset);
    }

    public void putU8(String label, long offset, int value) throws IOException {
        write(label, offset, ByteBuffer.allocate(1).put(0, (byte) value));
    }

    public void putU16(String label, long offset, int value) throws IOException {
        write(label, offset, ByteBuffer.allocate(2).order(order).putShort(0, (short) value));
    }

    public void putU32(String label, long offset, long value) throws IOException {
        write(label, offset, ByteBuffer.allocate(4).order(order).putInt(0, (int) value));
    }

    public void putWord(String label, long offset, long value) throws IOException {
        if (pointerSize == 8) {
            write(label, offset, ByteBuffer.allocate(8).order(order).putLong(0, value));
        } else {
            putU32(label, offset, value);
        }
    }

    /** Start of entry {@code index} in kallsyms_names, following the length bytes (two-byte form included). */
    public long nameEntry(int index) throws IOException {
        long at = 0;
        for (int i = 0; i < index; i++) {
            int length = u8("kallsyms_names", at);
            if ((length & 0x80) != 0) {
                length = (length & 0x7f) | (u8("kallsyms_names", at + 1) << 7);
                at++;
            }
            at += 1 + length;
        }
        return at;
    }

    /** Offset of the NUL that ends token string {@code code}. */
    public long tokenEnd(int code) throws IOException {
        long at = u16("kallsyms_token_index", 2L * code);
        while (u8("kallsyms_token_table", at) != 0) {
            at++;
        }
        return at;
    }

    private ByteBuffer read(String label, long offset, int size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(size).order(order);
        channel.read(buffer, at(label, offset));
        return buffer;
    }

    private void write(String label, long offset, ByteBuffer bytes) throws IOException {
        bytes.rewind();
        channel.write(bytes, at(label, offset));
    }

    private long at(String label, long offset) {
        Long base = fileOffsets.get(label);
        if (base == null) {
            throw new IllegalArgumentException("no " + label + " in " + file);
        }
        return base + offset;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
