package dev.kallsyms.harness.diagnosis;

import dev.kallsyms.harness.diagnosis.Explanation.Cause;
import dev.kallsyms.harness.diagnosis.LinkImage.Section;
import dev.kallsyms.harness.diagnosis.PassComparison.Retype;
import java.util.List;
import java.util.Optional;

/**
 * The seed's mechanism: a linker-script symbol defined in an empty output section takes its type from
 * whichever section ld attaches it to, and that depends on whether the empty section's aligned start coincides
 * with the next section's start. When the layout before it moves, the same symbol flips between, say, D and T.
 */
final class EmptySections {
    private EmptySections() {
    }

    static Explanation explainRetype(PassComparison c, Retype r, LinkImage before, LinkImage after) {
        Optional<Section> empty = emptyAt(after, r.toAddress()).or(() -> emptyAt(before, r.fromAddress()));
        if (empty.isEmpty()) {
            return Explainer.plainRetype(c, r);
        }
        String name = empty.get().name();
        String first = r.name() + " changed type " + r.fromLetter() + "->" + r.toLetter() + " between "
                + Explainer.span(c) + " (section " + r.fromSection() + " -> " + r.toSection() + ") because section "
                + name + " is empty and " + placement(before, name) + " in " + c.from() + " but "
                + placement(after, name) + " in " + c.to() + ": a symbol of an empty section takes the type of "
                + "the section ld puts it in (" + c.counts().retyped() + " symbol(s) changed type).";
        return new Explanation(Cause.EMPTY_SECTION, Explainer.span(c), first, List.of(first));
    }

    /** An allocated section of size 0 starting at the address (the symbol sits at its start). */
    static Optional<Section> emptyAt(LinkImage image, long address) {
        return image.sections().stream().filter(Section::allocated)
                .filter(s -> s.size() == 0 && s.address() == address).findFirst();
    }

    /** "starts at 0x.. (the same address as .data)" or "starts at 0x.. (0x1000 before .data)". */
    static String placement(LinkImage image, String emptySection) {
        Optional<Section> empty = image.sections().stream().filter(s -> s.name().equals(emptySection)).findFirst();
        if (empty.isEmpty()) {
            return "is absent";
        }
        long at = empty.get().address();
        Section holder = image.sectionAt(at);
        if (holder != null && holder.address() == at) {
            return "starts at " + Explainer.hex(at) + ", the same address as " + holder.name();
        }
        Optional<Section> next = image.sections().stream().filter(Section::allocated)
                .filter(s -> s.size() > 0 && s.address() > at)
                .min(java.util.Comparator.comparingLong(Section::address));
        String inside = holder != null ? "inside " + holder.name() + ", " : "";
        return "starts at " + Explainer.hex(at) + " (" + inside
                + next.map(s -> Explainer.hex(s.address() - at) + " before " + s.name()).orElse("after every "
                + "other section") + ")";
    }
}
