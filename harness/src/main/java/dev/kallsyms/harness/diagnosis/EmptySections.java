package dev.kallsyms.harness.diagnosis;

import dev.kallsyms.harness.diagnosis.Explanation.Cause;
import dev.kallsyms.harness.diagnosis.LinkImage.Section;
import dev.kallsyms.harness.diagnosis.PassComparison.Reorder;
import dev.kallsyms.harness.diagnosis.PassComparison.Retype;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The seed's mechanism: an empty output section (per-cpu data on a uniprocessor kernel) aligned on its own in
 * one pass and together with the next section in another. Symbols defined at it then change type (old GNU ld
 * attached them to whichever section they coincided with) or change place relative to the next section's
 * symbols (every linker: they share an address in one pass and not in the other).
 */
final class EmptySections {
    private EmptySections() {
    }

    static Optional<Explanation> explainRetype(PassComparison c, Retype r, LinkImage before, LinkImage after) {
        return blame(before, after, r.fromAddress(), r.toAddress()).map(name -> explanation(c, r.name()
                + " changed type " + r.fromLetter() + "->" + r.toLetter() + " between " + Explainer.span(c)
                + " (section " + r.fromSection() + " -> " + r.toSection() + ")", name, before, after,
                "a symbol of an empty section takes the type of the section the linker puts it in ("
                        + c.counts().retyped() + " symbol(s) changed type)"));
    }

    static Optional<Explanation> explainReorder(PassComparison c, Reorder r, LinkImage before, LinkImage after) {
        return blame(before, after, r.fromAddress(), r.toAddress()).map(name -> explanation(c, r.name()
                + " changed place relative to its neighbours between " + Explainer.span(c) + " (was between "
                + r.fromNeighbours() + ", now between " + r.toNeighbours() + ")", name, before, after,
                "symbols at the empty section and at the next one now " + (coincides(after, name) ? "share an "
                        + "address" : "have different addresses") + ", so their order by address and name changed, and with it the tables' contents ("
                        + c.counts().reordered() + " symbol(s) reordered)"));
    }

    private static Explanation explanation(PassComparison c, String what, String section, LinkImage before,
                                           LinkImage after, String why) {
        String first = what + " because section " + section + " is empty and " + placement(before, section) + " in "
                + c.from() + " but " + placement(after, section) + " in " + c.to() + ": " + why + ".";
        return new Explanation(Cause.EMPTY_SECTION, Explainer.span(c), first, List.of(first));
    }

    /**
     * An empty section at one of the symbol's two addresses whose coincidence with the next non-empty section
     * differs between the two ELFs.
     */
    static Optional<String> blame(LinkImage before, LinkImage after, long fromAddress, long toAddress) {
        for (Section e : empties(after)) {
            Optional<Section> earlier = empties(before).stream().filter(s -> s.name().equals(e.name())).findFirst();
            if (earlier.isEmpty() || coincides(before, e.name()) == coincides(after, e.name())) {
                continue;
            }
            List<Long> at = List.of(e.address(), earlier.get().address());
            if (at.contains(fromAddress) || at.contains(toAddress)) {
                return Optional.of(e.name());
            }
        }
        return Optional.empty();
    }

    private static List<Section> empties(LinkImage image) {
        return image.sections().stream().filter(Section::allocated).filter(s -> s.size() == 0).toList();
    }

    private static boolean coincides(LinkImage image, String emptySection) {
        Optional<Section> empty = section(image, emptySection);
        return empty.isPresent() && next(image, empty.get().address())
                .map(s -> s.address() == empty.get().address()).orElse(false);
    }

    private static Optional<Section> section(LinkImage image, String name) {
        return image.sections().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The first non-empty allocated section starting at or after the address. */
    private static Optional<Section> next(LinkImage image, long address) {
        return image.sections().stream().filter(Section::allocated).filter(s -> s.size() > 0)
                .filter(s -> s.address() >= address).min(Comparator.comparingLong(Section::address));
    }

    /** "starts at 0x.., the same address as .data" or "starts at 0x.. (0x1000 before .data)". */
    static String placement(LinkImage image, String emptySection) {
        Optional<Section> empty = section(image, emptySection);
        if (empty.isEmpty()) {
            return "is absent";
        }
        long at = empty.get().address();
        Optional<Section> next = next(image, at);
        if (next.isPresent() && next.get().address() == at) {
            return "starts at " + Explainer.hex(at) + ", the same address as " + next.get().name();
        }
        return "starts at " + Explainer.hex(at) + " (" + next.map(s -> Explainer.hex(s.address() - at) + " before "
                + s.name()).orElse("after every other section") + ")";
    }
}
