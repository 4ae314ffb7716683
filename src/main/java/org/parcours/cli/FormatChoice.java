package org.parcours.cli;

import java.util.Iterator;
import org.parcours.format.Formats;
import picocli.CommandLine;

/**
 * {@code build --format}: the candidates (help and completion) and the conversion both come from the registry
 * of formats the command line was made with ({@link Main#commandLine(Formats)}), so a new format is offered and
 * accepted here without a word changed.
 */
final class FormatChoice implements Iterable<String>, CommandLine.ITypeConverter<String> {
    private final Choices<String> choices;

    FormatChoice(Formats formats) {
        this.choices = Choices.of(formats.names());
    }

    @Override
    public Iterator<String> iterator() {
        return choices.names().iterator();
    }

    @Override
    public String convert(String value) {
        return choices.convert(value);
    }
}
