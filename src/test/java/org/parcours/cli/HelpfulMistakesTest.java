package org.parcours.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.Fixtures;

/** The typical mistakes of a new author get a message that names the mistake and, where it can, the fix. */
class HelpfulMistakesTest {

    private static Path course(Path tmp) {
        Path course = tmp.resolve("course");
        Fixtures.copyTree(Fixtures.MINIMAL, course);
        return course;
    }

    private static String check(Path course) {
        return Cli.run("check", "--color", "never", course.toString()).out().replace(course.toString(), "course");
    }

    @Test
    void aTabInTheIndentationIsNamedAtItsOwnLine(@TempDir Path tmp) throws IOException {
        Path course = course(tmp);
        Path part = course.resolve("01-first-steps/part.yaml");
        Files.writeString(part, "title: First steps\nobjectives:\n\t- Write a lesson\n");
        assertThat(check(course)).contains("course/01-first-steps/part.yaml:3:1: error P002: tab character in the indentation: "
                + "YAML indents with spaces only\n    hint: replace the tab with spaces (editors: \"Convert indentation to spaces\")");
    }

    @Test
    void aMissingImageSuggestsTheFileWithAnotherExtensionOrTheForgottenParentFolder(@TempDir Path tmp) throws IOException {
        Path course = course(tmp);
        Path lesson = course.resolve("01-first-steps/02-going-further.md");
        Files.writeString(lesson, Files.readString(lesson) + "\n![A folder](../assets/folder.png)\n\n![A folder](assets/folder.svg)\n");
        assertThat(check(course)).contains("error L103: file '../assets/folder.png' not found\n"
                        + "    hint: did you mean '../assets/folder.svg'? (the path is relative to this file)",
                "error L103: file 'assets/folder.svg' not found\n"
                        + "    hint: did you mean '../assets/folder.svg'? (the path is relative to this file)");
    }

    @Test
    void aWrongLinkAnAnchorAndAQuizReferenceGetTheClosestName(@TempDir Path tmp) throws IOException {
        Path course = course(tmp);
        Path lesson = course.resolve("01-first-steps/02-going-further.md");
        Files.writeString(lesson, Files.readString(lesson) + "\n[back](1-welcome.md) and [parts](01-welcome.md#parts)\n");
        Path quiz = course.resolve("01-first-steps/quiz.yaml");
        Files.writeString(quiz, Files.readString(quiz).replace("lesson: welcome", "lesson: welcom"));
        assertThat(check(course)).contains("    hint: did you mean '01-welcome.md'? (the path is relative to this file)",
                "    hint: did you mean '#parts-and-lessons'? (anchors come from the headings: lower case, no accents, '-' for spaces)",
                "error Q205: question 'part-is-folder' refers to lesson 'welcom', which does not exist\n    hint: did you mean 'welcome'?");
    }
}
