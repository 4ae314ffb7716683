package org.parcours.cli;

import picocli.CommandLine.Option;

/** Options shared by every command that prints diagnostics. */
final class OutputOptions {
    /** When to colour: on a terminal only (auto), always, never. */
    enum Color {
        AUTO, ALWAYS, NEVER;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = "--json", description = "Machine-readable JSON output on standard output.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only, no summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more: every file written, every stage.")
    boolean verbose;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the output: ${COMPLETION-CANDIDATES} (auto: only on a terminal). Default: ${DEFAULT-VALUE}.")
    Color color;

    boolean colour() {
        return switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }

    /** Progress lines go to stderr on a terminal only, never into a pipe or a CI log. */
    boolean progress() {
        return !quiet && !json && System.console() != null;
    }
}
