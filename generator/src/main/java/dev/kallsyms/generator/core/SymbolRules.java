package dev.kallsyms.generator.core;

/** The reading rules a kernel generation applies to each parsed line. */
public interface SymbolRules {
    /** KSYM_NAME_LEN: names this long or longer are refused. */
    int maxNameLen();

    /** Whether the symbol is dropped while reading (undefined, debugging, most absolute ones...). */
    boolean ignored(byte[] name, int off, int len, int type);

    /** Whether __per_cpu_start/__per_cpu_end are tracked. */
    boolean tracksPercpu();
}
