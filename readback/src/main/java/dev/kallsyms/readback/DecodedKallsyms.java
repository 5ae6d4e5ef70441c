package dev.kallsyms.readback;

import java.util.List;

/**
 * Everything read out of one ELF: the entries in table order, how addresses were decoded, and every broken
 * invariant found on the way ({@code defects} empty means the tables are internally consistent).
 * {@code symbols} may be shorter than {@code numSyms} when the name stream could not be followed to the end.
 */
public record DecodedKallsyms(String generation, AddressEncoding encoding, boolean encodingInferred, long numSyms,
                              List<DecodedSymbol> symbols, List<String> tokens, List<String> defects) {

    public boolean consistent() {
        return defects.isEmpty();
    }
}
