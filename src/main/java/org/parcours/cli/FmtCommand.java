package org.parcours.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Writes French typography into a French course's sources: no-break spaces before ; : ! ? and "
                + "inside « », between a number and its unit. Code, links, URLs, YAML keys and identifiers are left as "
                + "they are; only spaces change, and a second run changes nothing.",
                "The player applies the same typography when it renders, so running fmt is never required."},
        footerHeading = "%nExamples:%n",
        footer = {"  parcours fmt course/", "  parcours fmt --check course/    (CI: exit 1 when a file would change)"})
final class FmtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The course folder (the one that holds course.yaml). Default: the current folder.")
    Path dir;

    @Option(names = "--check", description = "Write nothing: print each line that would change (T301) and exit 1 if any.")
    boolean check;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Result<List<String>> result = Parcours.fmt(dir, dir.toString(), !check);
        DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getOut(), output, Main.lang(spec));
        if (output.json) {
            printer.print(printer.json(result.diagnostics()));
        } else {
            printer.text(result.diagnostics());
            List<String> files = result.value().orElse(List.of());
            if (!check && !output.quiet) files.forEach(f -> spec.commandLine().getOut().println(Main.say(spec, "fixed %s", f)));
            if (!output.quiet && result.value().isPresent()) {
                int n = files.size();
                spec.commandLine().getOut().println(check
                        ? Main.say(spec, n == 1 ? "%s: %d file to fix" : "%s: %d files to fix", dir, n)
                        : Main.say(spec, n == 1 ? "%s: %d file fixed" : "%s: %d files fixed", dir, n));
            }
            spec.commandLine().getOut().flush();
        }
        if (result.value().isEmpty()) return Main.EXIT_ERRORS;
        return check && !result.value().get().isEmpty() ? Main.EXIT_ERRORS : 0;
    }
}
