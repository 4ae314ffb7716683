package org.parcours.cli;

import picocli.CommandLine.Option;

/** Options shared by every command that prints diagnostics. */
final class OutputOptions {
    @Option(names = "--json", description = "Machine-readable JSON output on standard output.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only, no summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more: every file written, every stage.")
    boolean verbose;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the output: auto (only on a terminal), always, never. Default: ${DEFAULT-VALUE}.")
    String color;

    boolean colour() {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            default -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }

    /** Progress lines go to stderr on a terminal only, never into a pipe or a CI log. */
    boolean progress() {
        return !quiet && !json && System.console() != null;
    }
}
