package org.parcours.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parcours.init.Starter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a small starter course, valid and documented, into a new or empty folder: course.yaml, a "
                + "part with a lesson that uses every block and a quiz with every question type, a glossary, and "
                + "editor support (JSON Schemas in .schemas/, .vscode/settings.json).",
        footerHeading = "%nExamples:%n",
        footer = {"  parcours init mon-cours --title \"Mon cours\"", "  parcours check mon-cours && parcours build mon-cours"})
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The folder to create (or an empty one). Default: the current folder.")
    Path dir;

    @Option(names = "--title", paramLabel = "TITLE", defaultValue = "Mon cours",
            description = "The course's title. Default: ${DEFAULT-VALUE}.")
    String title;

    @Override
    public Integer call() {
        if (!Starter.canWrite(dir)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Main.say(spec, "'%s' is not empty: give a new folder, e.g. parcours init mon-cours", dir));
        }
        List<Path> files = Starter.write(dir, title.strip(), LocalDate.now());
        var out = spec.commandLine().getOut();
        files.forEach(f -> out.println(Main.say(spec, "created %s", f)));
        out.println(Main.say(spec, "Next: parcours check %s, then parcours build %s", dir, dir));
        out.flush();
        return 0;
    }
}
