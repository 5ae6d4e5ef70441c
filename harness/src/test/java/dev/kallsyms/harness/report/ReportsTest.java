package dev.kallsyms.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Samples;
import dev.kallsyms.harness.StageReport.KernelVerdict;
import dev.kallsyms.harness.Verdict;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportsTest {
    @TempDir
    Path dir;

    @Test
    void metadataRoundTripsThroughJsonWithoutLoss() {
        CellResult r = Samples.result(Verdict.GENERATOR_MISMATCH, List.of("pass 2: outputs differ"),
                List.of(Samples.pass(1, true), Samples.pass(2, false)),
                Samples.stage(KernelVerdict.CLEAN, Samples.noDiff()));
        String json = MetadataJson.toJson(r);
        assertEquals(r, MetadataJson.fromJson(json));
        assertTrue(json.contains("\"verdict\" : \"GENERATOR_MISMATCH\""), json);
        assertTrue(json.contains("\"packageVersion\" : \"6.1.190-1\""));
        assertTrue(json.contains("\"firstDifference\" : 4242"));
    }

    @Test
    void junitXmlHasOneCasePerPassAndFailsTheUnequalOne() throws Exception {
        CellResult r = Samples.result(Verdict.GENERATOR_MISMATCH, List.of("pass 2: outputs differ"),
                List.of(Samples.pass(1, true), Samples.pass(2, false)),
                Samples.stage(KernelVerdict.CLEAN, Samples.noDiff()));
        Document doc = parse(JUnitXml.render(r));
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("4", suite.getAttribute("tests"), "build, two passes, stage");
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        Element failed = (Element) doc.getElementsByTagName("failure").item(0).getParentNode();
        assertEquals("pass 2 byte-equal", failed.getAttribute("name"));
    }

    @Test
    void aPassCellsReadBackIsInItsMetadataAndJunitXml() throws Exception {
        CellResult r = Samples.result(Verdict.PASS, List.of(), List.of(Samples.pass(1, true), Samples.pass(2, true)),
                Samples.stage(KernelVerdict.CLEAN, Samples.noDiff()));
        String json = MetadataJson.toJson(r);
        assertEquals(r, MetadataJson.fromJson(json));
        assertTrue(json.contains("\"entriesCompared\" : 8010"), json);
        assertTrue(json.contains("\"decodeMs\" : 41.5"), json);
        Document doc = parse(JUnitXml.render(r));
        assertEquals("5", doc.getDocumentElement().getAttribute("tests"), "build, two passes, stage, read-back");
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(null, doc.getElementsByTagName("failure").item(0));
    }

    @Test
    void junitXmlReportsInfraAsAnErrorAndInconsistencyAsAFailure() throws Exception {
        CellResult infra = Samples.result(Verdict.INFRA, List.of("INFRA: engine <gone> & \"lost\""), List.of(), null);
        Document a = parse(JUnitXml.render(infra));
        assertEquals("1", a.getDocumentElement().getAttribute("errors"));
        assertEquals("0", a.getDocumentElement().getAttribute("failures"));
        CellResult bad = Samples.result(Verdict.STAGE_INCONSISTENT, List.of("kernel"),
                List.of(Samples.pass(1, true)), Samples.stage(KernelVerdict.INCONSISTENT, null));
        Document b = parse(JUnitXml.render(bad));
        assertEquals("1", b.getDocumentElement().getAttribute("failures"));
        assertTrue(b.getElementsByTagName("failure").item(0).getTextContent().contains("Inconsistent kallsyms data"));
    }

    @Test
    void junitXmlTypesTheBuildCaseWithTheVerdictSoAHarnessErrorIsNotTakenForInfra() throws Exception {
        CellResult bug = Samples.result(Verdict.HARNESS_ERROR, List.of("HARNESS_ERROR: java.lang.NullPointerException"),
                List.of(), null);
        Element error = (Element) parse(JUnitXml.render(bug)).getElementsByTagName("error").item(0);
        assertEquals("HARNESS_ERROR", error.getAttribute("type"));
        assertTrue(error.getAttribute("message").contains("NullPointerException"));
        CellResult infra = Samples.result(Verdict.INFRA, List.of("INFRA: out of memory"), List.of(), null);
        assertEquals("INFRA", ((Element) parse(JUnitXml.render(infra)).getElementsByTagName("error").item(0))
                .getAttribute("type"));
        CellResult slow = Samples.result(Verdict.TIMED_OUT, List.of("make vmlinux ran past its time limit and was "
                + "stopped after 61 s"), List.of(Samples.pass(1, true)), null);
        Document t = parse(JUnitXml.render(slow));
        assertEquals("1", t.getDocumentElement().getAttribute("failures"));
        assertEquals("0", t.getDocumentElement().getAttribute("errors"));
        Element failure = (Element) t.getElementsByTagName("failure").item(0);
        assertEquals("TIMED_OUT", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").contains("time limit"));
    }

    @Test
    void junitClassNamesKeepKernelVersionsApartInJenkinsPackages() throws Exception {
        // Jenkins splits a class name at its last dot: package before it, class after it
        Cell six1 = new Cell("6.1", "gcc-12", "tinyconfig", List.of("CONFIG_KALLSYMS=y"), List.of());
        Cell six12 = new Cell("6.12", "gcc-12", "tinyconfig", List.of("CONFIG_KALLSYMS=y"), List.of());
        String a = JUnitXml.suiteName(six1);
        String b = JUnitXml.suiteName(six12);
        assertEquals("kallsyms.linux-6_1", a.substring(0, a.lastIndexOf('.')));
        assertEquals("kallsyms.linux-6_12", b.substring(0, b.lastIndexOf('.')));
        assertEquals("gcc-12_tinyconfig_" + six1.id().substring(six1.id().lastIndexOf('_') + 1),
                a.substring(a.lastIndexOf('.') + 1));
        CellResult r = Samples.result(Verdict.PASS, List.of(), List.of(Samples.pass(1, true)),
                Samples.stage(KernelVerdict.CLEAN, Samples.noDiff()));
        Document doc = parse(JUnitXml.render(r));
        Element first = (Element) doc.getElementsByTagName("testcase").item(0);
        assertEquals(JUnitXml.suiteName(r.cell()), first.getAttribute("classname"));
        assertEquals(JUnitXml.suiteName(r.cell()), doc.getDocumentElement().getAttribute("name"));
    }

    @Test
    void markupEscapesEverythingThatCouldOpenATagOrCloseAnAttribute() {
        assertEquals("&lt;script&gt;a&amp;b&quot;c&#39;d?", Markup.text("<script>a&b\"c'd\u0001"));
        assertEquals("one&#10;two", Markup.attr("one\ntwo"));
        assertEquals("", Markup.text(null));
    }

    @Test
    void junitXmlReportsAPlainLinkAsSkipped() throws Exception {
        CellResult plain = Samples.result(Verdict.UNCHECKED, List.of("built with the tree's own scripts/kallsyms "
                + "only (--no-interpose): nothing was compared"), List.of(), null);
        Document d = parse(JUnitXml.render(plain));
        assertEquals("1", d.getDocumentElement().getAttribute("skipped"));
        assertEquals("0", d.getDocumentElement().getAttribute("failures"));
        assertTrue(((Element) d.getElementsByTagName("skipped").item(0)).getAttribute("message")
                .contains("--no-interpose"));
    }

    @Test
    void bundleHoldsPassFilesConfigAndScriptsButNoElfLinks() throws Exception {
        Path cellDir = Files.createDirectories(dir.resolve("cell"));
        Path tree = Files.createDirectories(cellDir.resolve("build"));
        Files.writeString(tree.resolve(".config"), "CONFIG_KALLSYMS=y\n");
        Path call = Files.createDirectories(tree.resolve(".harness/calls/0/tree"));
        Files.writeString(call.getParent().resolve("input.map"), "80008000 T _text\n");
        Files.writeString(call.getParent().resolve("c.out"), "c");
        Files.writeString(call.getParent().resolve("java.out"), "j");
        Files.writeString(call.resolve(".tmp_vmlinux.kallsyms1"), "ELF");
        Files.writeString(cellDir.resolve("build.log"), "log\n");
        CellResult r = Samples.result(Verdict.GENERATOR_MISMATCH, List.of("x"), List.of(), null);
        MetadataJson.write(r, cellDir);
        ReproduceScript.write(r, cellDir, dev.kallsyms.harness.RunOptions.defaults(dir, null));
        Bundle.write(r, cellDir, tree);
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(cellDir.resolve(Bundle.FILE));
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        String root = r.cell().id() + "/";
        assertTrue(names.containsAll(List.of(root + "metadata.json", root + "build.log", root + "reproduce.sh",
                root + "config", root + "calls/0/input.map", root + "calls/0/c.out", root + "calls/0/java.out")),
                names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("/tree/")), names.toString());
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
