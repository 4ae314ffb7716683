package org.parcours.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcours.Fixtures;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.model.Block;
import org.parcours.model.Course;
import org.parcours.model.Heading;
import org.parcours.model.Lesson;
import org.parcours.model.Page;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;
import org.parcours.model.Reference;

/** The shipped mini-MOOC meets the structure its brief asks for (issue 3), counted from the loaded model. */
class MiniMoocTest {
    private static Result<Course> checked;
    private static Course course;

    @BeforeAll
    static void load() {
        checked = Parcours.check(Fixtures.MINI_MOOC, "course");
        course = checked.value().orElseThrow();
    }

    @Test
    void checksWithNoErrorAndNoWarning() {
        assertThat(checked.diagnostics()).isEmpty();
    }

    @Test
    void isAFrenchCourseUnderCcBySa() {
        assertThat(course.language()).isEqualTo("fr");
        assertThat(course.metadata().licence()).isEqualTo("CC-BY-SA-4.0");
        assertThat(course.intro()).as("opening page").isPresent();
    }

    @Test
    void hasFourPartsOfThreeLessons() {
        assertThat(course.parts()).hasSize(4).allSatisfy(p -> assertThat(p.lessons()).hasSize(3));
    }

    @Test
    void keepsTheBriefsTitlesWordForWord() throws Exception {
        Path briefFile = org.parcours.testing.Shared.path("brief/mini-mooc-participation-des-habitants.txt");
        org.parcours.testing.Needs.file(briefFile, "the course brief", "it lives in shared/brief/ beside the clone");
        String brief = plain(Files.readString(briefFile));
        for (Part p : course.parts()) {
            assertThat(brief).as("part title from the brief").contains("Partie " + p.number() + " : " + plain(p.title()));
        }
        for (Part p : course.parts().subList(0, 3)) {
            for (Lesson l : p.lessons()) assertThat(brief).as("lesson title from the brief").contains("- " + plain(l.title()));
        }
    }

    @Test
    void everyLessonHasObjectivesLengthSectionsAKeyPointsBoxAFieldSituationAndReferences() {
        for (Lesson l : course.lessons()) {
            String name = l.source();
            assertThat(l.objectives()).as("objectives of %s", name).hasSizeBetween(3, 4);
            assertThat(l.body().words()).as("words in %s", name).isBetween(700, 1200);
            assertThat(l.body().headings().stream().filter(h -> h.level() == 2).count()).as("sections of %s", name)
                    .isGreaterThanOrEqualTo(3);
            assertThat(callouts(l, "À retenir")).as("« À retenir » boxes in %s", name).isEqualTo(1);
            assertThat(callouts(l, "Sur le terrain")).as("field situations in %s", name).isGreaterThanOrEqualTo(1);
            assertThat(furtherReading(l)).as("« Pour aller plus loin » references in %s", name).hasSizeBetween(2, 6);
        }
    }

    @Test
    void partQuizzesHoldSixToEightQuestionsAndTheAssessmentDrawsFifteenOfAtLeastTwentyFour() {
        for (Part p : course.parts()) {
            assertThat(p.quiz()).as("quiz of %s", p.id()).isPresent();
            assertThat(p.quiz().get().questions()).hasSizeBetween(6, 8);
        }
        Quiz assessment = course.assessment().orElseThrow();
        assertThat(assessment.questions().size()).isGreaterThanOrEqualTo(24);
        assertThat(assessment.draw()).isEqualTo(15);
        assertThat(assessment.passingScore()).isEqualTo(70);
        assertThat(course.settings().passingScore()).isEqualTo(70);
    }

    @Test
    void usesAtLeastFiveQuestionTypes() {
        Set<String> types = course.quizzes().stream().flatMap(q -> q.questions().stream()).map(Question::type)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(types).containsAll(List.of("single", "multiple", "truefalse", "matching", "ordering", "fillin"));
    }

    @Test
    void everyQuestionExplainsItsAnswerAndPointsToALesson() {
        for (Quiz quiz : course.quizzes()) {
            for (Question q : quiz.questions()) {
                assertThat(q.info().lesson()).as("lesson of %s", q.id()).isPresent();
                assertThat(q.info().correctFeedback()).as("feedback of %s", q.id()).isPresent();
                assertThat(q.info().incorrectFeedback()).as("feedback of %s", q.id()).isPresent();
            }
        }
    }

    @Test
    void hasAGlossaryAndASourcesPage() {
        assertThat(course.appendices()).extracting(p -> p.id().value()).contains("glossaire", "sources");
        List<String> glossary = course.appendices().get(0).body().headings().stream()
                .filter(h -> h.level() == 3).map(Heading::text).toList();
        assertThat(glossary).contains("Concertation", "Consultation", "Co-construction", "Codécision",
                "Budget participatif", "Conseil de quartier", "Conseil citoyen", "Civic tech", "Fracture numérique",
                "Illectronisme", "Médiation numérique");
    }

    @Test
    void theOpeningPageSaysWhichDateTheCourseIsUpToDate() {
        String date = course.metadata().date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
        String intro = plain(markdown(course.intro().orElseThrow()));
        assertThat(intro).contains("Version " + course.metadata().version() + ", à jour au " + date);
    }

    /** Issue 13: each obligation of the page names its article, and the text it lives in is linked on Légifrance. */
    @Test
    void theObligationsPageGivesAnArticleAndAnOfficialLinkForEachObligation() {
        Page page = course.appendices().stream().filter(p -> p.id().value().equals("obligations-legales")).findFirst()
                .orElseThrow(() -> new AssertionError("no pages/…-obligations-legales.md"));
        Set<String> links = page.body().references().stream().filter(Reference::isExternal).map(Reference::target)
                .collect(Collectors.toSet());
        List<String> rows = plain(markdown(page)).lines().filter(l -> l.startsWith("|") && !l.startsWith("|---"))
                .skip(1).toList();
        assertThat(rows).as("obligations in the overview table").hasSizeGreaterThanOrEqualTo(10);
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String text = cells[cells.length - 1].strip();
            assertThat(text).as("article of « %s »", cells[2].strip()).containsPattern("(art\\.|article) (LO)?L?\\d");
            List<String> official = OFFICIAL_TEXTS.entrySet().stream().filter(e -> text.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            assertThat(official).as("known official text in « %s »", text).isNotEmpty();
            for (String url : official) assertThat(links).as("link for « %s »", text).contains(url);
        }
    }

    /** Issue 13: « redevabilité » was asked five times; a learner should meet a topic at most twice in the course. */
    @Test
    void noQuizTopicIsAskedMoreThanTwiceAcrossTheCourse() {
        Map<String, List<String>> asked = new TreeMap<>();
        for (Quiz quiz : course.quizzes()) {
            for (Question q : quiz.questions()) {
                String asks = fold(q.info().prompt() + " " + String.join(" ", rightAnswers(q)));
                TOPICS.forEach((topic, pattern) -> {
                    if (pattern.matcher(asks).find()) asked.computeIfAbsent(topic, t -> new ArrayList<>()).add(q.id().value());
                });
            }
        }
        assertThat(asked).as("topics, each with the questions that ask it").isNotEmpty();
        asked.forEach((topic, ids) -> assertThat(ids).as("questions on « %s »", topic).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void noTwoFillInsAcceptTheSameAnswerAndNoPromptIsRepeated() {
        Map<String, String> answerOwner = new TreeMap<>();
        Set<String> prompts = new TreeSet<>();
        for (Quiz quiz : course.quizzes()) {
            for (Question q : quiz.questions()) {
                assertThat(prompts.add(fold(q.info().prompt()))).as("prompt of %s asked once", q.id()).isTrue();
                if (!(q instanceof Question.FillIn f)) continue;
                for (String a : f.answers()) {
                    String previous = answerOwner.putIfAbsent(fold(a), q.id().value());
                    assertThat(previous == null || previous.equals(q.id().value()))
                            .as("« %s » accepted by %s and %s", a, previous, q.id()).isTrue();
                }
            }
        }
    }

    @Test
    void hasFourToSixOwnIllustrationsEachWithAltTextAndATextEquivalent() throws Exception {
        List<String> svgs = course.assets().stream().map(a -> a.path()).filter(p -> p.endsWith(".svg")).toList();
        assertThat(svgs).hasSizeBetween(4, 6);
        for (String svg : svgs) {
            Lesson user = course.lessons().stream().filter(l -> l.body().references().stream()
                    .anyMatch(r -> r.kind() == Reference.Kind.IMAGE && r.path().orElse("").equals(svg)))
                    .findFirst().orElseThrow(() -> new AssertionError(svg + " is used by no lesson"));
            assertThat(user.body().blocks()).as("text equivalent for %s", svg)
                    .anySatisfy(b -> assertThat(b).isInstanceOf(Block.Details.class));
            String xml = Files.readString(course.root().resolve(svg));
            assertThat(xml).as(svg).contains("role=\"img\"").contains("<title");
        }
    }

    /** Texts an obligation may cite, and the official page each must link to. */
    private static final Map<String, String> OFFICIAL_TEXTS = Map.of(
            "CGCT", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070633/",
            "Code de l’urbanisme", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074075/",
            "Code électoral", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070239/",
            "Code des relations entre le public et l’administration",
            "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000031366350/",
            "loi n° 2005-102", "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000809647/",
            "Loi n° 2014-173", "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000028636804/",
            "RGPD", "https://eur-lex.europa.eu/eli/reg/2016/679/oj");

    /**
     * What a question asks, recognised in its prompt and right answers (accents and case folded). A topic is a rule or
     * a notion the course teaches once; asking it in a part quiz and again in the assessment is fine, a third time is not.
     */
    private static final Map<String, Pattern> TOPICS = topics(
            "redevabilité", "redevabilite|ce qui a ete retenu ou non|suite donnee",
            "Charte de la participation du public", "charte de la participation",
            "conseil citoyen", "conseils? citoyens?",
            "conseil de quartier", "conseils? de quartier",
            "conseil de développement", "conseils? de developpement",
            "confiance dans le maire (CEVIPOF)", "cevipof|font confiance|fait confiance",
            "échelle d’Arnstein", "arnstein",
            "pétition des électeurs", "petition|demander l.inscription",
            "votation et publics d’un vote local", "votation|16 ans",
            "origine et coût du budget participatif", "porto alegre|par habitant et par an",
            "illectronisme", "illectronisme",
            "délégué à la protection des données", "delegue a la protection|\\bdpo\\b",
            "accessibilité numérique", "accessibilite aux personnes handicapees|\\barcom\\b|\\brgaa\\b|n.est pas accessible",
            "données ouvertes", "donnees ouvertes|open data|documents et donnees",
            "libre n’est pas gratuit", "logiciel libre|licence agpl",
            "World Café", "world cafe",
            "forum ouvert", "forum ouvert",
            "diagnostic en marchant", "diagnostic en marchant",
            "marche exploratoire", "marche exploratoire",
            "Aidants Connect", "aidants connect",
            "médiation numérique", "mediation numerique",
            "communication avant les élections", "elections municipales|campagne electorale|candidat",
            "concertation préalable d’urbanisme", "plan local d.urbanisme|\\bplu\\b",
            "commissions obligatoires selon la taille", "commission communale pour l.accessibilite|services publics locaux");

    private static Map<String, Pattern> topics(String... nameThenRegex) {
        Map<String, Pattern> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRegex.length; i += 2) m.put(nameThenRegex[i], Pattern.compile(nameThenRegex[i + 1]));
        return m;
    }

    private static List<String> rightAnswers(Question q) {
        if (q instanceof Question.SingleChoice s) return rightChoices(s.choices());
        if (q instanceof Question.MultipleChoice m) return rightChoices(m.choices());
        if (q instanceof Question.FillIn f) return f.answers();
        if (q instanceof Question.Matching m) return m.pairs().stream().map(p -> p.left() + " " + p.right()).toList();
        if (q instanceof Question.Ordering o) return o.items();
        return List.of();
    }

    private static List<String> rightChoices(List<Question.Choice> choices) {
        return choices.stream().filter(Question.Choice::correct).map(Question.Choice::text).toList();
    }

    /** Lower case, no accents, ordinary spaces and apostrophes: what a reader would call the same words. */
    private static String fold(String s) {
        String n = Normalizer.normalize(plain(s), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replace('’', '\'').toLowerCase(Locale.ROOT).strip();
    }

    private static String markdown(Page page) {
        return page.body().blocks().stream().filter(b -> b instanceof Block.Prose).map(b -> ((Block.Prose) b).markdown())
                .collect(Collectors.joining("\n"));
    }

    /** The brief is typed with ordinary spaces; the course rightly uses no-break ones. */
    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static long callouts(Lesson l, String title) {
        return l.body().blocks().stream().filter(b -> b instanceof Block.Callout c && c.title().equals(title)).count();
    }

    private static List<String> furtherReading(Lesson l) {
        for (Block b : l.body().blocks()) {
            if (!(b instanceof Block.Prose p)) continue;
            int at = p.markdown().indexOf("## Pour aller plus loin");
            if (at < 0) continue;
            return p.markdown().substring(at).lines().filter(line -> line.matches("^\\s*([-*]|\\d+\\.)\\s+\\S.*")).toList();
        }
        return List.of();
    }

}
