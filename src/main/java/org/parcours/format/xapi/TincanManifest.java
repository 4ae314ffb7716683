package org.parcours.format.xapi;

import java.util.List;
import org.parcours.model.Course;
import org.parcours.model.Iris;
import org.parcours.model.Unit;
import org.parcours.model.Lesson;
import org.parcours.model.Part;
import org.parcours.model.Question;
import org.parcours.model.Quiz;
import org.parcours.format.Texts;
import org.parcours.format.xapi.tincan.Activity;
import org.parcours.format.xapi.tincan.LangString;
import org.parcours.format.xapi.tincan.TincanXml;

/**
 * Builds tincan.xml for a course: the course activity first and alone with {@code <launch>} (LMSs such as Moodle's
 * mod_tincanlaunch launch the first activity and, by default, read completion from it), then each part, its
 * lessons, its quiz and the quiz's questions, then the final assessment.
 */
final class TincanManifest {
    // ADL's activity type vocabulary (http://adlnet.gov/expapi/activities/…)
    static final String COURSE = "http://adlnet.gov/expapi/activities/course";
    static final String MODULE = "http://adlnet.gov/expapi/activities/module";
    static final String LESSON = "http://adlnet.gov/expapi/activities/lesson";
    static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";

    private final Course course;
    private final Iris iris;
    private final String lang;

    private TincanManifest(Course course) {
        this.course = course;
        this.iris = course.iris();
        this.lang = course.language();
    }

    static TincanXml of(Course course, String launch) {
        return new TincanManifest(course).build(launch);
    }

    private TincanXml build(String launch) {
        TincanXml xml = new TincanXml();
        List<Activity> out = xml.activities();
        out.add(activity(iris.course(), COURSE, course.title(), course.metadata().description())
                .launch(text(launch)));
        for (Unit u : course.units()) {
            switch (u.kind()) {
                case Unit.PART -> out.add(activity(u.iri(), MODULE, u.title(), ((Part) u.source()).summary()));
                case Unit.LESSON -> out.add(activity(u.iri(), LESSON, u.title(),
                        Texts.objectives(((Lesson) u.source()).objectives(), lang)));
                case Unit.QUIZ -> addQuiz(out, u);
                default -> { } // opening and appendix pages are not activities of their own
            }
        }
        return xml;
    }

    private void addQuiz(List<Activity> out, Unit unit) {
        Quiz quiz = (Quiz) unit.source();
        out.add(activity(unit.iri(), ASSESSMENT, quiz.title(), quiz.intro()));
        for (Question q : quiz.questions()) {
            String prompt = q.info().prompt().strip();
            out.add(Interactions.define(activity(Iris.question(unit.iri(), q), INTERACTION, shortName(prompt), prompt), q, lang));
        }
    }

    /** Name and description are required by the schema and must say something: fall back on the name. */
    private Activity activity(String id, String type, String name, String description) {
        String n = name.strip();
        String d = description == null || description.isBlank() ? n : description.strip();
        return new Activity(id, type, text(n), text(d));
    }

    private LangString text(String s) {
        return new LangString(lang, s);
    }

    /** LMS reports list interactions by name: keep it to one readable line. */
    static String shortName(String prompt) {
        String flat = prompt.replaceAll("\\s+", " ");
        if (flat.length() <= 120) return flat;
        int cut = flat.lastIndexOf(' ', 119);
        return flat.substring(0, cut > 60 ? cut : 119) + "…";
    }
}
