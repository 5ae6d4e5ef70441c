package dev.kallsyms.readback;

/** How a generation stores symbol addresses; which one a kernel uses follows from its configuration. */
public enum AddressEncoding {
    /** kallsyms_addresses: one pointer-sized absolute address per entry (5.10 and 6.1 without base-relative). */
    ABSOLUTE_POINTERS,
    /** kallsyms_offsets: unsigned 32-bit distances above kallsyms_relative_base. */
    BASE_RELATIVE,
    /**
     * kallsyms_offsets with --absolute-percpu: a non-negative value is the address itself (per-cpu symbols);
     * a negative value v stands for relative_base - 1 - v.
     */
    BASE_RELATIVE_ABSOLUTE_PERCPU,
    /** 7.2 without --pc-relative: the 32-bit address itself. */
    ABSOLUTE_32,
    /** 7.2 with --pc-relative: a signed 32-bit distance from the entry's own address. */
    PC_RELATIVE
}
