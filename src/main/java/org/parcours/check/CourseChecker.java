package org.parcours.check;

import java.util.List;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.model.Course;

/** The check stage: runs every family of checks and hands the course on with what they found. */
public final class CourseChecker {
    private static final List<Check> CHECKS = List.of(
            new IdCheck(), new LinkCheck(), new MediaCheck(), new QuizCheck(), new TypographyCheck());

    private CourseChecker() {}

    public static Result<Course> check(Course course) {
        Diagnostics diags = new Diagnostics();
        for (Check c : CHECKS) c.run(course, diags);
        return Result.of(course, diags);
    }
}
