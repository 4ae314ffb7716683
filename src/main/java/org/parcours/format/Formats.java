package org.parcours.format;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parcours.format.cmi5.Cmi5Format;
import org.parcours.format.scorm12.Scorm12Format;
import org.parcours.format.scorm2004.Scorm2004Format;
import org.parcours.format.web.WebFormat;
import org.parcours.format.xapi.TincanFormat;

/**
 * The one list of package formats, in the order builds run them. Everything that names formats reads it: the
 * loader's check of course.yaml's {@code build.formats}, the B401 hint, the CLI's {@code --format} (help,
 * candidates, conversion), the build loop and what the build expects the validator to recognise. The JSON
 * Schema of course.yaml repeats the names for editors; a test keeps it in agreement with this list.
 * A new format is its own package under {@code format/} plus one entry in {@link #BUILT_IN}.
 */
public final class Formats {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");
    private static final Formats BUILT_IN =
            new Formats(List.of(new WebFormat(), new Scorm12Format(), new Scorm2004Format(), new TincanFormat(), new Cmi5Format()));

    private final List<Format> list;

    /** A registry of these formats; tests (and embedders) extend the built-in one with {@link #with}. */
    public Formats(List<Format> list) {
        Set<String> names = new HashSet<>();
        for (Format f : list) {
            if (!NAME.matcher(f.name()).matches()) {
                throw new IllegalArgumentException("a format name is a lower-case word used in file names: " + f.name());
            }
            if (!names.add(f.name())) throw new IllegalArgumentException("two formats are named " + f.name());
        }
        this.list = List.copyOf(list);
    }

    /** The formats Parcours ships. */
    public static Formats builtIn() {
        return BUILT_IN;
    }

    /** This registry plus {@code extra}, built last. */
    public Formats with(Format extra) {
        return new Formats(java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(extra)).toList());
    }

    public List<Format> all() {
        return list;
    }

    /** The names, in build order: web, scorm12, … */
    public List<String> names() {
        return list.stream().map(Format::name).toList();
    }

    public Optional<Format> named(String name) {
        return list.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The hint given wherever an unknown format name is met. */
    public String hint() {
        return "formats are: " + String.join(", ", names());
    }
}
