package org.parcours.format.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.parcours.model.Course;
import org.parcours.format.BuildOptions;
import org.parcours.model.Structure;
import org.parcours.testing.Courses;
import org.parcours.testing.ReferenceSchemas;
import org.parcours.tree.FileTree;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class Cmi5FormatTest {
    private static final String NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    private static FileTree build(Course course, String au) {
        return new Cmi5Format().build(course, new BuildOptions(Structure.SINGLE, Structure.parse(au).orElseThrow())).value().orElseThrow();
    }

    private static List<Element> aus(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList l = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml)).getElementsByTagNameNS(NS, "au");
        return java.util.stream.IntStream.range(0, l.getLength()).mapToObj(i -> (Element) l.item(i)).toList();
    }

    private static String url(Element au) {
        return au.getElementsByTagNameNS(NS, "url").item(0).getTextContent();
    }

    @Test
    void bothStructuresAreValidAgainstTheOfficialCourseStructureSchema() throws Exception {
        for (String au : List.of("single", "lesson")) {
            ReferenceSchemas.assertValid("cmi5/CourseStructure.xsd", build(Courses.miniMooc(), au).get("cmi5.xml").orElseThrow());
        }
    }

    @Test
    void singleStructureHasOneGradedAuLaunchingTheCourse() throws Exception {
        FileTree tree = build(Courses.miniMooc(), "single");
        List<Element> aus = aus(tree.get("cmi5.xml").orElseThrow());
        assertThat(aus).hasSize(1);
        assertThat(aus.get(0).getAttribute("moveOn")).isEqualTo("CompletedAndPassed");
        assertThat(new BigDecimal(aus.get(0).getAttribute("masteryScore"))).isEqualByComparingTo("0.7");
        assertThat(tree.contains(url(aus.get(0)))).isTrue();
    }

    @Test
    void lessonStructureHasABlockPerPartAndAnAuPerLessonAndQuiz() throws Exception {
        Course course = Courses.miniMooc();
        FileTree tree = build(course, "lesson");
        byte[] xml = tree.get("cmi5.xml").orElseThrow();
        List<Element> aus = aus(xml);
        assertThat(aus).hasSize(course.lessons().size() + course.quizzes().size());
        assertThat(new String(xml, StandardCharsets.UTF_8).split("<block ", -1)).hasSize(course.parts().size() + 1);
        for (Element au : aus) {
            assertThat(tree.contains(url(au))).as(url(au)).isTrue();
            assertThat(url(au)).doesNotContain("?").doesNotStartWith("/").doesNotContain("://");
            assertThat(au.getAttribute("moveOn")).isIn("Completed", "Passed");
            if (au.getAttribute("moveOn").equals("Passed")) {
                assertThat(new BigDecimal(au.getAttribute("masteryScore"))).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            } else {
                assertThat(au.hasAttribute("masteryScore")).isFalse();
            }
            assertThat(au.getElementsByTagNameNS(NS, "title").getLength()).isEqualTo(1);
            assertThat(au.getElementsByTagNameNS(NS, "description").getLength()).isEqualTo(1);
        }
    }

    @Test
    void idsAreStableAcrossTwoBuildsAndUnique() throws Exception {
        byte[] one = build(Courses.miniMooc(), "lesson").get("cmi5.xml").orElseThrow();
        byte[] two = build(Courses.miniMooc(), "lesson").get("cmi5.xml").orElseThrow();
        assertThat(two).isEqualTo(one);
        var ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(new String(one, StandardCharsets.UTF_8))
                .results().map(m -> m.group(1)).toList();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(java.net.URI.create(id).isAbsolute()).isTrue());
    }

    @Test
    void packageHoldsNoCredentialsOrEndpoint() {
        for (var e : build(Courses.miniMooc(), "lesson").files().entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            assertThat(text).as(e.getKey()).doesNotContainPattern("(?i)Basic [A-Za-z0-9+/=]{12,}")
                    .doesNotContainPattern("(?i)\"(password|secret|auth-token)\"\\s*:\\s*\"[^\"]+\"");
        }
    }

    @Test
    void fixtureStructuresAreValidAgainstTheOfficialCourseStructureSchema() throws Exception {
        for (String au : List.of("single", "lesson")) {
            ReferenceSchemas.assertValid("cmi5/CourseStructure.xsd", build(Courses.fixture("xapi-mini"), au).get("cmi5.xml").orElseThrow());
        }
    }

    // the golden comparison needs nothing outside the repository: it runs in every clone
    @Test
    void fixtureStructuresMatchTheirGoldenFiles() throws Exception {
        for (String au : List.of("single", "lesson")) {
            byte[] xml = build(Courses.fixture("xapi-mini"), au).get("cmi5.xml").orElseThrow();
            Diff diff = DiffBuilder.compare(Files.readString(Path.of("src/test/resources/golden/xapi-mini/cmi5-" + au + ".xml")))
                    .withTest(new String(xml, StandardCharsets.UTF_8)).ignoreWhitespace().checkForSimilar().build();
            assertThat(diff.hasDifferences()).as(au + ": " + diff).isFalse();
        }
    }
}
