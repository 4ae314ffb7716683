package org.parcours.check;

import org.parcours.diag.Diagnostics;
import org.parcours.model.Course;

/** One family of checks over a loaded course. */
interface Check {
    void run(Course course, Diagnostics diags);
}
