package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.COut;

/** kallsyms_seqs_of_names of 6.12 and later: the names order, each entry with its name as a comment. */
record CommentedSeqsOfNames(NameComments comments, String align) implements BackgroundText.Part {
    @Override
    public void write(COut out, COut err) {
        AsmTables.seqsOfNames(out, comments.byName(), comments, align);
    }
}
