package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.COut;

/** kallsyms_seqs_of_names of 6.12 and later: the names order, each entry with its name as a comment. */
record CommentedSeqsOfNames(NameComments comments, String align) implements BackgroundText.Part {
    /**
     * The early parts of 6.12 and later: an offsets table and this one, both on the second thread when
     * their comments are read from the names as read, else both in their place.
     */
    static EarlyParts after(BackgroundText.Part offsets, NameComments comments, String align) {
        boolean inBackground = comments.asRead();
        return new EarlyParts(BackgroundText.start(offsets, inBackground),
                BackgroundText.start(new CommentedSeqsOfNames(comments, align), inBackground), inBackground, comments);
    }

    @Override
    public void write(COut out, COut err) {
        AsmTables.seqsOfNames(out, comments.byName(), comments, align);
    }
}
