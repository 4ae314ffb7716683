package org.parcours.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parcours.diag.SourcePos;

/**
 * A whole course as loaded from its folder. {@code iri} is the absolute IRI from course.yaml's {@code id}: the
 * base of every SCORM identifier and xAPI activity id. {@code root} is the source folder (assets are read from it).
 */
public record Course(
        String iri,
        Id id,
        Metadata metadata,
        Settings settings,
        Optional<Page> intro,
        List<Part> parts,
        Optional<Quiz> assessment,
        List<Page> appendices,
        List<Asset> assets,
        Path root,
        SourcePos pos) {

    public Course {
        parts = List.copyOf(parts);
        appendices = List.copyOf(appendices);
        assets = List.copyOf(assets);
    }

    public String title() {
        return metadata.title();
    }

    public String language() {
        return metadata.language();
    }

    public List<Lesson> lessons() {
        return parts.stream().flatMap(p -> p.lessons().stream()).toList();
    }

    public List<Quiz> quizzes() {
        return Stream.concat(parts.stream().flatMap(p -> p.quiz().stream()), assessment.stream()).toList();
    }

    /** Whether {@code path} (course-relative) is a packaged file: an asset the loader accepted. */
    public boolean hasAsset(String path) {
        return assets.stream().anyMatch(a -> a.path().equals(path));
    }

    /** The activity IRIs of the course's units and questions. */
    public Iris iris() {
        return new Iris(iri);
    }

    /** The ordered outline of the course, with each unit's id and IRI: {@link Unit}. */
    public List<Unit> units() {
        return Unit.of(this, iris());
    }

    /** The unit of a quiz (its IRI, its part). */
    public Unit unitOf(Quiz quiz) {
        return units().stream().filter(u -> u.source() == quiz).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a quiz of this course: " + quiz.id()));
    }

    /** Which quizzes count toward the course result, and its pass mark: {@link Grading}. */
    public Grading grading() {
        return Grading.of(this);
    }

    public List<Page> pages() {
        return Stream.concat(intro.stream(), appendices.stream()).toList();
    }

    /**
     * The text files the course is written in, relative to {@link #root()} with '/' separators, in course order:
     * course.yaml, the opening page, each part's part.yaml, lessons and quiz, the assessment, the appendix pages.
     */
    public List<String> sources() {
        List<String> out = new java.util.ArrayList<>();
        out.add("course.yaml");
        intro.ifPresent(p -> out.add(p.source()));
        for (Part p : parts) {
            out.add(p.source() + "/part.yaml");
            p.lessons().forEach(l -> out.add(l.source()));
            p.quiz().ifPresent(q -> out.add(q.source()));
        }
        assessment.ifPresent(q -> out.add(q.source()));
        appendices.forEach(p -> out.add(p.source()));
        return List.copyOf(out);
    }

    /** Descriptive metadata, used for catalogues and the manifests' LOM / names. */
    public record Metadata(
            String title,
            String language,
            String version,
            LocalDate date,
            String description,
            String publisher,
            List<String> authors,
            String licence,
            List<String> keywords,
            int minutes) {
        public Metadata {
            authors = List.copyOf(authors);
            keywords = List.copyOf(keywords);
        }
    }

    /**
     * Behaviour and build defaults. {@code passingScore} is course.yaml's, a percentage (0: not graded), and the
     * default of every quiz's; the course's own pass mark is {@link #grading()}'s.
     */
    public record Settings(int passingScore, boolean lockAssessment, Theme theme, BuildDefaults build) {}

    public record Theme(String primaryColor, String accentColor, Optional<String> logo, String font) {}

    /**
     * course.yaml's {@code build} section: the names of the formats to build (checked against the registry of
     * formats when the course is loaded) and the structure of SCORM ({@code sco}) and cmi5 ({@code au}) packages.
     */
    public record BuildDefaults(List<String> formats, Structure sco, Structure au) {
        public BuildDefaults {
            formats = List.copyOf(formats);
        }
    }
}
