package org.parcours.diag;

/**
 * A place in a source file: path as shown to the user (relative to where the user pointed the tool),
 * 1-based line and column. Line 0 means "the whole file".
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

    public static SourcePos file(String file) {
        return new SourcePos(file, 0, 0);
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
