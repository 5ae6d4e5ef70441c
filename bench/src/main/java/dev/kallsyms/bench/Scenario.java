package dev.kallsyms.bench;

import java.util.List;

/** One timed comparison: a map, the generation and options to run it with, and the ratio we aim for. */
record Scenario(String name, String corpusEntry, String generation, List<String> options, double targetRatio) {
}
