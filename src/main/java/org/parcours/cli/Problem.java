package org.parcours.cli;

import org.parcours.diag.Diagnostic;
import org.parcours.diag.Severity;
import org.parcours.validate.Finding;

/**
 * One problem as the CI reports see it, whether it came from `check` (a diagnostic in a source file) or from
 * `validate` (a finding in an entry of a package): {@code file} is what the report points at, {@code entry} the path
 * inside a package ("" for a source file), {@code line} and {@code column} are 0 when unknown.
 */
record Problem(Severity severity, String code, String file, String entry, int line, int column, String message,
               String hint) {

    static Problem of(Diagnostic d) {
        return new Problem(d.severity(), d.code().id(), d.pos().file(), "", d.pos().line(), d.pos().column(),
                d.message(), d.hint());
    }

    static Problem of(String packagePath, Finding f) {
        return new Problem(f.severity(), f.code(), packagePath, f.entry(), f.line(), 0, f.message(), "");
    }

    boolean isError() {
        return severity == Severity.ERROR;
    }
}
