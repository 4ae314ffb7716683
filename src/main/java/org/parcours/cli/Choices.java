package org.parcours.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Typed choices on the command line. An option whose values are a fixed list is an enum spelled by its
 * {@code toString()} (single, lesson, text, json, …) or, for {@code --format}, the registry of formats: picocli
 * lists the candidates in the help (${COMPLETION-CANDIDATES}) and this converter refuses anything else with the
 * candidates, which the CLI reports as a usage error (exit 2).
 */
final class Choices<T> implements CommandLine.ITypeConverter<T> {
    private final List<T> candidates;

    private Choices(List<T> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    static <E extends Enum<E>> Choices<E> of(Class<E> type) {
        return new Choices<>(Arrays.asList(type.getEnumConstants()));
    }

    static <T> Choices<T> of(List<T> candidates) {
        return new Choices<>(candidates);
    }

    @Override
    public T convert(String value) {
        return candidates.stream().filter(c -> c.toString().equals(value)).findFirst().orElseThrow(() ->
                new CommandLine.TypeConversionException("expected one of " + String.join(", ", names())
                        + ", not '" + value + "'"));
    }

    List<String> names() {
        return candidates.stream().map(Object::toString).toList();
    }
}
