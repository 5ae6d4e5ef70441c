package dev.kallsyms.reference;

/** Where a reference binary came from, recorded beside every comparison made with it. */
public record Provenance(String packageName, String packageVersion, String suite, String sha256, String compiler) {
}
