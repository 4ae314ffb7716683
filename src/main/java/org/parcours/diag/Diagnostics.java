package org.parcours.diag;

import java.util.ArrayList;
import java.util.List;
import org.parcours.i18n.Text;

/**
 * Collects the diagnostics of one stage; a stage hands them on inside its {@link Result}. Messages and hints are
 * English {@link String#format} templates: each needs its French in the catalog (see the README, "Messages in
 * French and English"); an argument may be a {@link Text} when it is a word to translate too.
 */
public final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();

    public Diagnostics error(Code code, SourcePos pos, String message, Object... args) {
        add(Severity.ERROR, code, pos, message, args);
        return this;
    }

    public Diagnostics warning(Code code, SourcePos pos, String message, Object... args) {
        add(Severity.WARNING, code, pos, message, args);
        return this;
    }

    /** Attaches a hint to the diagnostic added last. */
    public Diagnostics hint(String hint, Object... args) {
        Diagnostic last = list.remove(list.size() - 1);
        list.add(new Diagnostic(last.severity(), last.code(), last.pos(), last.text(), Text.of(hint, Printable.args(args))));
        return this;
    }

    public void add(Diagnostic d) {
        list.add(d);
    }

    public void addAll(List<Diagnostic> ds) {
        list.addAll(ds);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> list() {
        return List.copyOf(list);
    }

    private void add(Severity severity, Code code, SourcePos pos, String message, Object... args) {
        // file names and quoted values come from the course: their control characters are shown escaped
        SourcePos shown = new SourcePos(Printable.name(pos.file()), pos.line(), pos.column());
        list.add(new Diagnostic(severity, code, shown, Text.of(message, Printable.args(args)), Text.of(code.defaultHint())));
    }
}
