package org.parcours.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parcours.format.Formats;
import org.parcours.model.Structure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `parcours` command: wires the subcommands and turns a bug into one line instead of a stack trace. */
@Command(name = "parcours",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compiles a course written as plain files into packages that LMSs import: "
                + "SCORM 1.2, xAPI (TinCan), cmi5 and a plain web export.",
        subcommands = {CheckCommand.class, BuildCommand.class, ValidateCommand.class, DiffCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  parcours check course/",
                "  parcours build course/ --format scorm12,web --out target/dist",
                "  parcours validate target/dist/my-course-1.0.0-scorm12.zip",
                "",
                "Exit codes: 0 ok, 1 errors in the course or package, 2 usage error, 3 internal error (a bug)."})
public final class Main implements Runnable {
    static final int EXIT_ERRORS = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_BUG = 3;

    /** Errors fail; under --strict so do warnings. */
    static int exitCode(boolean errors, boolean strictAndWarned) {
        return errors || strictAndWarned ? EXIT_ERRORS : 0;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        return commandLine(Formats.builtIn());
    }

    /** The command line offering {@code formats}' formats (a test adds one to see it everywhere). */
    public static CommandLine commandLine(Formats formats) {
        CommandLine cl = new CommandLine(new Main(), new Factory(formats));
        for (Class<? extends Enum<?>> choice : List.of(Structure.class, CheckCommand.Output.class,
                ReportFormat.class, OutputOptions.Color.class, DiffCommand.Report.class, DiffCommand.FailOn.class)) {
            register(cl, choice);
        }
        cl.setExecutionExceptionHandler(Main::bug);
        cl.setParameterExceptionHandler(Main::usage);
        return cl;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(CommandLine cl, Class type) {
        cl.registerConverter(type, Choices.of(type));
    }

    /** Makes the commands and the {@code --format} choice with the registry of formats they offer. */
    private record Factory(Formats formats) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == FormatChoice.class) return type.cast(new FormatChoice(formats));
            if (type == BuildCommand.class) return type.cast(new BuildCommand(formats));
            if (type == CheckCommand.class) return type.cast(new CheckCommand(formats));
            return CommandLine.defaultFactory().create(type);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int usage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("parcours: " + e.getMessage());
        // picocli's "Did you mean: build?" for a mistyped subcommand or option (`buidl`, `--fromat`)
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return EXIT_USAGE;
    }

    private static int bug(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("parcours: internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        err.println("This is a bug in Parcours, not in your course. Please report it with the command you ran"
                + " (set PARCOURS_DEBUG=1 for the full trace).");
        if (System.getenv("PARCOURS_DEBUG") != null) e.printStackTrace(err);
        err.flush();
        return EXIT_BUG;
    }
}
