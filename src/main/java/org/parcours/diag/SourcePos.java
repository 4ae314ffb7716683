package org.parcours.diag;

/**
 * A place in a source file: path as shown to the user (relative to where the user pointed the tool),
 * 1-based line and column.
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

    /** A diagnostic about a whole file points at its start, so that every printed line has `file:line:col`. */
    public static SourcePos file(String file) {
        return new SourcePos(file, 1, 1);
    }

    public SourcePos atLine(int line, int column) {
        return new SourcePos(file, line, column);
    }

    /** The conventional `file:line:col` form that editors and CI annotate. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
