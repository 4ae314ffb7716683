package org.parcours.format.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.parcours.model.Course;
import org.parcours.format.BuildOptions;
import org.parcours.testing.Courses;
import org.parcours.testing.ReferenceSchemas;
import org.parcours.tree.FileTree;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class TincanFormatTest {
    private static final String NS = "http://projecttincan.com/tincan.xsd";

    private static FileTree build(Course course) {
        return new TincanFormat().build(course, BuildOptions.defaults()).value().orElseThrow();
    }

    private static byte[] manifest(Course course) {
        return build(course).get("tincan.xml").orElseThrow();
    }

    private static List<Element> activities(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        NodeList list = d.getElementsByTagNameNS(NS, "activity");
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    @Test
    void miniMoocManifestIsValidAgainstTheOfficialTincanSchema() throws Exception {
        ReferenceSchemas.assertValid("tincan/tincan.xsd", manifest(Courses.miniMooc()));
    }

    @Test
    void courseActivityComesFirstAndAloneCarriesALaunchThatExists() throws Exception {
        FileTree tree = build(Courses.miniMooc());
        List<Element> acts = activities(tree.get("tincan.xml").orElseThrow());
        Element first = acts.get(0);
        assertThat(first.getAttribute("type")).isEqualTo("http://adlnet.gov/expapi/activities/course");
        assertThat(first.getAttribute("id")).isEqualTo("https://w3id.org/parcours/courses/participation-des-habitants");
        NodeList launch = first.getElementsByTagNameNS(NS, "launch");
        assertThat(launch.getLength()).isEqualTo(1);
        assertThat(tree.contains(launch.item(0).getTextContent())).isTrue();
        assertThat(acts.subList(1, acts.size())).allSatisfy(a -> assertThat(a.getElementsByTagNameNS(NS, "launch").getLength()).isZero());
    }

    @Test
    void listsPartsLessonsQuizzesAndEveryQuestionAsAnInteraction() throws Exception {
        Course course = Courses.miniMooc();
        List<Element> acts = activities(manifest(course));
        long interactions = acts.stream().filter(a -> a.getAttribute("type").endsWith("/cmi.interaction")).count();
        long questions = course.quizzes().stream().mapToLong(q -> q.questions().size()).sum();
        assertThat(interactions).isEqualTo(questions).isPositive();
        assertThat(acts.stream().filter(a -> a.getAttribute("type").endsWith("/module")).count()).isEqualTo(course.parts().size());
        assertThat(acts.stream().filter(a -> a.getAttribute("type").endsWith("/lesson")).count()).isEqualTo(course.lessons().size());
        assertThat(acts.stream().filter(a -> a.getAttribute("type").endsWith("/assessment")).count()).isEqualTo(course.quizzes().size());
        for (Element a : acts.stream().filter(a -> a.getAttribute("type").endsWith("/cmi.interaction")).toList()) {
            assertThat(a.getElementsByTagNameNS(NS, "interactionType").getLength()).as(a.getAttribute("id")).isEqualTo(1);
            assertThat(a.getElementsByTagNameNS(NS, "correctResponsePattern").getLength()).as(a.getAttribute("id")).isPositive();
        }
    }

    @Test
    void everyNameAndDescriptionHasARealLanguageAndSomeText() throws Exception {
        for (Element a : activities(manifest(Courses.miniMooc()))) {
            for (String tag : List.of("name", "description")) {
                NodeList l = a.getElementsByTagNameNS(NS, tag);
                assertThat(l.getLength()).isPositive();
                for (int i = 0; i < l.getLength(); i++) {
                    Element e = (Element) l.item(i);
                    assertThat(e.getAttribute("lang")).isEqualTo("fr");
                    assertThat(e.getTextContent()).isNotBlank();
                }
            }
        }
    }

    @Test
    void activityIdsAreAbsoluteUniqueAndStableAcrossTwoBuilds() throws Exception {
        byte[] one = manifest(Courses.miniMooc());
        byte[] two = manifest(Courses.miniMooc());
        assertThat(two).isEqualTo(one);
        List<String> ids = activities(one).stream().map(a -> a.getAttribute("id")).toList();
        assertThat(ids).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("https://w3id.org/parcours/courses/participation-des-habitants"))
                .allSatisfy(id -> assertThat(java.net.URI.create(id).isAbsolute()).isTrue());
    }

    @Test
    void packageHoldsNoCredentialsEndpointOrProvider() {
        FileTree tree = build(Courses.miniMooc());
        String xml = new String(tree.get("tincan.xml").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(xml).doesNotContain("<provider").doesNotContain("secret").doesNotContain("endpoint");
        for (var e : tree.files().entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            assertThat(text).as(e.getKey()).doesNotContainPattern("(?i)Basic [A-Za-z0-9+/=]{12,}")
                    .doesNotContainPattern("(?i)\"(password|secret)\"\\s*:");
        }
    }

    @Test
    void fixtureManifestIsValidAgainstTheOfficialTincanSchema() throws Exception {
        ReferenceSchemas.assertValid("tincan/tincan.xsd", manifest(Courses.fixture("xapi-mini")));
    }

    // the golden comparison needs nothing outside the repository: it runs in every clone
    @Test
    void fixtureManifestMatchesItsGoldenFile() throws Exception {
        byte[] xml = manifest(Courses.fixture("xapi-mini"));
        Diff diff = DiffBuilder.compare(Files.readString(Path.of("src/test/resources/golden/xapi-mini/tincan.xml")))
                .withTest(new String(xml, StandardCharsets.UTF_8)).ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
    }

    @Test
    void mapsEachQuestionKindToItsInteractionTypeAndPattern() throws Exception {
        var byId = activities(manifest(Courses.fixture("xapi-mini"))).stream()
                .collect(Collectors.toMap(a -> a.getAttribute("id").replaceAll(".*/", ""), a -> a));
        assertThat(pattern(byId.get("q-single"))).isEqualTo(Set.of("b"));
        assertThat(pattern(byId.get("q-multiple"))).isEqualTo(Set.of("yes-1[,]yes-2"));
        assertThat(pattern(byId.get("q-truefalse"))).isEqualTo(Set.of("true"));
        assertThat(pattern(byId.get("q-fillin"))).isEqualTo(Set.of("Paris", "paris"));
        assertThat(pattern(byId.get("q-matching"))).isEqualTo(Set.of("s1[.]t1[,]s2[.]t2"));
        assertThat(pattern(byId.get("q-ordering"))).isEqualTo(Set.of("i1[,]i2[,]i3"));
        assertThat(pattern(byId.get("q-numeric"))).isEqualTo(Set.of("41.5[:]42.5"));
        assertThat(byId.get("q-ordering").getElementsByTagNameNS(NS, "interactionType").item(0).getTextContent()).isEqualTo("sequencing");
    }

    private static Set<String> pattern(Element a) {
        NodeList l = a.getElementsByTagNameNS(NS, "correctResponsePattern");
        return java.util.stream.IntStream.range(0, l.getLength()).mapToObj(i -> l.item(i).getTextContent()).collect(Collectors.toSet());
    }
}
