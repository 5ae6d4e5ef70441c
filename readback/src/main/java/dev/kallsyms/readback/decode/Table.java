package dev.kallsyms.readback.decode;

/** The tables scripts/kallsyms emits, each under a global label of this name. */
public enum Table {
    ADDRESSES("kallsyms_addresses"),
    OFFSETS("kallsyms_offsets"),
    RELATIVE_BASE("kallsyms_relative_base"),
    NUM_SYMS("kallsyms_num_syms"),
    NAMES("kallsyms_names"),
    MARKERS("kallsyms_markers"),
    SEQS_OF_NAMES("kallsyms_seqs_of_names"),
    TOKEN_TABLE("kallsyms_token_table"),
    TOKEN_INDEX("kallsyms_token_index");

    private final String label;

    Table(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
