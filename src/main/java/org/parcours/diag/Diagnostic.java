package org.parcours.diag;

/** One problem found in the input, as a value. `hint` is empty when there is nothing useful to suggest. */
public record Diagnostic(Severity severity, Code code, SourcePos pos, String message, String hint)
        implements Comparable<Diagnostic> {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** `path:line:col: severity CODE: message` — the one-line form printed by the CLI. */
    public String headline() {
        return pos + ": " + severity.label() + " " + code.id() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.compareTo(o.pos);
        return c != 0 ? c : code.id().compareTo(o.code.id());
    }
}
