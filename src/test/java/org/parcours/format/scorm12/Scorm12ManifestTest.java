package org.parcours.format.scorm12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcours.model.Course;
import org.parcours.format.BuildOptions;
import org.parcours.format.scorm12.manifest.Ns;
import org.parcours.tree.FileTree;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

class Scorm12ManifestTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"single", "lesson"})
    void manifestMatchesItsGoldenFile(String sco) throws IOException {
        String actual = ScormFixtures.manifest(ScormFixtures.build(ScormFixtures.small(), sco));
        Path golden = GOLDEN.resolve("scorm12-small-" + sco + ".xml");
        if (Boolean.getBoolean("parcours.updateGolden")) Files.writeString(golden, actual);
        Diff diff = DiffBuilder.compare(Input.fromFile(golden.toFile())).withTest(Input.fromString(actual))
                .ignoreWhitespace().ignoreComments().checkForSimilar().withNodeFilter(Scorm12ManifestTest::notPlayerMade)
                .build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
    }

    /**
     * The golden files pin what this target decides; the player's own files (the shared resource's file list, the
     * package's formats and size) change with the player and are checked by declaresEveryFile… instead.
     */
    private static boolean notPlayerMade(org.w3c.dom.Node n) {
        if (!(n instanceof Element e)) return true;
        if (Ns.IMSMD.equals(e.getNamespaceURI())) return !e.getLocalName().equals("technical");
        return !(e.getLocalName().equals("file") && e.getParentNode() instanceof Element r
                && r.getAttribute("identifier").startsWith("SHARED."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "lesson"})
    void writesWhatMoodlesPrefixBlindParserNeeds(String sco) {
        String xml = ScormFixtures.manifest(ScormFixtures.build(ScormFixtures.small(), sco));
        assertThat(xml).contains("<manifest ", "xmlns=\"" + Ns.IMSCP + "\"", "xmlns:adlcp=\"" + Ns.ADLCP + "\"",
                "<organizations ", "<organization ", "<item ", "<resources>", "<resource ", "<file ",
                "<schema>ADL SCORM</schema>", "<schemaversion>1.2</schemaversion>", "adlcp:scormtype=\"sco\"",
                "adlcp:scormtype=\"asset\"");
        assertThat(xml).doesNotContain("&#", "imscp:", "ns2:", "ns3:", "scormType", "scormtype=\"SCO\"");
        assertThat(xml).doesNotContainPattern("<schemaversion>\\s+|\\s+</schemaversion>");
    }

    @Test
    void writesNoNumericCharacterReferenceEvenForLineBreaksAndControlCharacters(@TempDir Path tmp) throws IOException {
        Path dir = copyOf(ScormFixtures.COURSES.resolve("scorm-small"), tmp);
        Path yaml = dir.resolve("course.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("title: \"A small course: café, naïveté & <markup> in a title\"",
                "title: \"Tab\\there, bell\\a, line\\r\\nbreak, quote \\\" and 😀\""));
        String xml = ScormFixtures.manifest(ScormFixtures.build(ScormFixtures.course(dir), "single"));
        assertThat(xml).doesNotContain("&#").contains("<title>Tab here, bell, line break, quote \" and 😀</title>");
    }

    @Test
    void singleScoLaunchesTheWholeCourseWithTheAssessmentsPassingScoreAsMastery() throws Exception {
        Document doc = parse(ScormFixtures.build(ScormFixtures.small(), "single"));
        List<Element> items = elements(doc, Ns.IMSCP, "item");
        assertThat(items).hasSize(1);
        Element item = items.get(0);
        assertThat(item.getAttribute("identifier")).isEqualTo("ITEM.small-course");
        assertThat(text(item, Ns.ADLCP, "masteryscore")).contains("80");
        Element sco = resource(doc, item.getAttribute("identifierref"));
        assertThat(sco.getAttributeNS(Ns.ADLCP, "scormtype")).isEqualTo("sco");
        assertThat(sco.getAttribute("href")).isEqualTo("index.html");
    }

    @Test
    void lessonModeHangsEveryScoUnderOneRootItemThatLaunchesNothing() throws Exception {
        Document doc = parse(ScormFixtures.build(ScormFixtures.small(), "lesson"));
        Element org = elements(doc, Ns.IMSCP, "organization").get(0);
        List<Element> top = children(org, "item");
        assertThat(top).hasSize(1);
        Element root = top.get(0);
        assertThat(root.hasAttribute("identifierref")).isFalse();
        assertThat(root.getAttribute("identifier")).isEqualTo("ROOT.small-course");
        assertThat(children(root, "item")).extracting(e -> e.getAttribute("identifier")).containsExactly(
                "ITEM.small-course.intro", "ITEM.small-course.first-steps", "ITEM.small-course.going-further",
                "ITEM.small-course.assessment", "ITEM.small-course.glossary");
        Element part = children(root, "item").get(1);
        assertThat(part.hasAttribute("identifierref")).isFalse();
        assertThat(children(part, "item")).extracting(e -> e.getAttribute("identifier"))
                .containsExactly("ITEM.small-course.hello", "ITEM.small-course.next", "ITEM.small-course.first-steps-quiz");
    }

    @Test
    void lessonModeGivesEachQuizItsOwnPassingScoreAsMasteryAndLessonsNone() throws Exception {
        Document doc = parse(ScormFixtures.build(ScormFixtures.small(), "lesson"));
        assertThat(mastery(doc, "ITEM.small-course.first-steps-quiz")).contains("50");
        assertThat(mastery(doc, "ITEM.small-course.assessment")).contains("80");
        assertThat(mastery(doc, "ITEM.small-course.hello")).isEmpty();
    }

    @Test
    void lessonModeMakesLessonsAndQuizzesScosAndPagesAssets() throws Exception {
        Document doc = parse(ScormFixtures.build(ScormFixtures.small(), "lesson"));
        assertThat(resource(doc, "RES.small-course.hello").getAttributeNS(Ns.ADLCP, "scormtype")).isEqualTo("sco");
        assertThat(resource(doc, "RES.small-course.hello").getAttribute("href")).isEqualTo("units/hello.html");
        assertThat(resource(doc, "RES.small-course.assessment").getAttributeNS(Ns.ADLCP, "scormtype")).isEqualTo("sco");
        assertThat(resource(doc, "RES.small-course.intro").getAttributeNS(Ns.ADLCP, "scormtype")).isEqualTo("asset");
        assertThat(resource(doc, "RES.small-course.glossary").getAttribute("href")).isEqualTo("units/glossary.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "lesson"})
    void declaresEveryFileOfThePackageInExactlyOneResource(String sco) throws Exception {
        FileTree tree = ScormFixtures.build(ScormFixtures.small(), sco);
        Document doc = parse(tree);
        List<String> declared = elements(doc, Ns.IMSCP, "file").stream().map(e -> e.getAttribute("href")).toList();
        TreeSet<String> content = new TreeSet<>(tree.files().keySet());
        content.remove(Scorm12Format.MANIFEST);
        content.removeAll(Ns.CONTROL_FILES);
        assertThat(declared).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(declared)).isEqualTo(content);
        assertThat(content).contains("assets/diagram.svg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "lesson"})
    void sharedFilesSitInOneAssetResourceThatEveryLaunchedResourceDependsOn(String sco) throws Exception {
        Document doc = parse(ScormFixtures.build(ScormFixtures.small(), sco));
        Element shared = resource(doc, "SHARED.small-course");
        assertThat(shared.getAttributeNS(Ns.ADLCP, "scormtype")).isEqualTo("asset");
        assertThat(shared.hasAttribute("href")).isFalse();
        assertThat(children(shared, "file")).extracting(e -> e.getAttribute("href")).contains("assets/diagram.svg");
        for (Element r : elements(doc, Ns.IMSCP, "resource")) {
            if (r == shared) continue;
            assertThat(children(r, "dependency")).extracting(e -> e.getAttribute("identifierref"))
                    .as(r.getAttribute("identifier")).containsExactly("SHARED.small-course");
        }
    }

    @Test
    void lessonModeLeavesOutTheWholeCoursePage() {
        assertThat(ScormFixtures.build(ScormFixtures.small(), "lesson").contains("index.html")).isFalse();
        assertThat(ScormFixtures.build(ScormFixtures.small(), "single").contains("index.html")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "lesson"})
    void identifiersSurviveATextEdit(String sco, @TempDir Path tmp) throws Exception {
        Path dir = copyOf(ScormFixtures.COURSES.resolve("scorm-small"), tmp);
        List<String> original = identifiers(parse(ScormFixtures.build(ScormFixtures.course(dir), sco)));
        edit(dir.resolve("course.yaml"), "title: \"A small course", "title: \"An edited small course");
        edit(dir.resolve("01-first-steps/01-hello.md"), "title: Hello, world", "title: Hello again");
        edit(dir.resolve("01-first-steps/part.yaml"), "title: First steps", "title: The very first steps");
        edit(dir.resolve("assessment.yaml"), "title: Final assessment", "title: Final test");
        edit(dir.resolve("02-going-further/01-detail.md"), "Details.", "Other details, rewritten.");
        List<String> edited = identifiers(parse(ScormFixtures.build(ScormFixtures.course(dir), sco)));
        assertThat(edited).isEqualTo(original);
        assertThat(original).contains("MANIFEST.small-course", "organization:ORG.small-course");
    }

    @Test
    void putsTheControlFilesAtThePackageRoot() {
        FileTree tree = ScormFixtures.build(ScormFixtures.small(), "single");
        assertThat(tree.files().keySet()).contains("imsmanifest.xml", "imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd",
                "imsmd_rootv1p2p1.xsd", "ims_xml.xsd");
    }

    @Test
    void failsClearlyWhenTheSchemasAreMissing() {
        Scorm12Format target = new Scorm12Format(name -> Optional.empty());
        assertThatThrownBy(() -> target.build(ScormFixtures.small(), BuildOptions.defaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("adlcp_rootv1p2.xsd")
                .hasMessageContaining("org/parcours/schemas/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "lesson"})
    void namesEveryFileInPlainAsciiWithoutSpacesOrParentSteps(String sco) {
        for (String path : ScormFixtures.build(ScormFixtures.small(), sco).files().keySet()) {
            assertThat(path).matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*").doesNotContain("..").doesNotStartWith("/");
        }
    }

    @Test
    void keepsTitlesWithinTheSchemasTwoHundredCharacters() {
        assertThat(org.parcours.format.scorm.ManifestText.title("x".repeat(300))).hasSize(200).endsWith("…");
        assertThat(org.parcours.format.scorm.ManifestText.title("😀".repeat(150))).hasSizeLessThanOrEqualTo(200)
                .doesNotContain("\uFFFD").endsWith("…");
        assertThat(Character.isHighSurrogate(org.parcours.format.scorm.ManifestText.title("a" + "😀".repeat(150)).charAt(198))).isFalse();
    }

    static Document parse(FileTree tree) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(
                ScormFixtures.manifest(tree).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> identifiers(Document doc) {
        List<String> ids = new ArrayList<>();
        ids.add(doc.getDocumentElement().getAttribute("identifier"));
        for (String name : List.of("organization", "item", "resource")) {
            elements(doc, Ns.IMSCP, name).forEach(e -> ids.add(name + ":" + e.getAttribute("identifier")
                    + (e.hasAttribute("identifierref") ? "->" + e.getAttribute("identifierref") : "")));
        }
        return ids;
    }

    private static Optional<String> mastery(Document doc, String item) {
        return elements(doc, Ns.IMSCP, "item").stream().filter(e -> e.getAttribute("identifier").equals(item))
                .findFirst().flatMap(e -> text(e, Ns.ADLCP, "masteryscore"));
    }

    private static Element resource(Document doc, String id) {
        return elements(doc, Ns.IMSCP, "resource").stream().filter(e -> e.getAttribute("identifier").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no resource " + id));
    }

    private static Optional<String> text(Element parent, String ns, String name) {
        return children(parent, ns, name).stream().findFirst().map(Element::getTextContent);
    }

    static List<Element> elements(Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent, Ns.IMSCP, name);
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    static Path copyOf(Path source, Path tmp) throws IOException {
        Path target = tmp.resolve(source.getFileName());
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return target;
    }
}
