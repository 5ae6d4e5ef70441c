package dev.kallsyms.harness.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why a link did or did not converge: every ELF of it, how each differs from the one before, and the
 * explanation. diagnosis.json is this record; diagnosis.txt is {@link DiagnosisText}'s rendering of it.
 *
 * @param subject     what was diagnosed (a cell id, or the files' directory)
 * @param images      the ELFs in link order
 * @param comparisons image i against image i + 1
 */
public record Diagnosis(String subject, List<ImageSummary> images, List<PassComparison> comparisons,
                        Explanation explanation) {
    public static final String TEXT_FILE = "diagnosis.txt";
    public static final String JSON_FILE = "diagnosis.json";

    public Diagnosis {
        images = List.copyOf(images);
        comparisons = List.copyOf(comparisons);
    }

    /** @param file where the ELF was read from @param tableSizes kallsyms_* name to bytes */
    public record ImageSummary(String label, String file, int symbols, int sections, Map<String, Long> tableSizes) {
    }

    /** Compares the images in order and explains the result. */
    public static Diagnosis of(String subject, List<LinkImage> images, List<String> files) {
        List<PassComparison> comparisons = new ArrayList<>();
        for (int i = 0; i + 1 < images.size(); i++) {
            comparisons.add(PassComparer.compare(images.get(i), images.get(i + 1)));
        }
        List<ImageSummary> summaries = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            LinkImage image = images.get(i);
            summaries.add(new ImageSummary(image.label(), i < files.size() ? files.get(i) : null,
                    image.symbols().size(), image.sections().size(), image.tableSizes()));
        }
        return new Diagnosis(subject, summaries, comparisons, Explainer.explain(images, comparisons));
    }
}
