package org.parcours.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;
import org.parcours.i18n.Lang;
import org.parcours.i18n.Text;
import java.util.List;
import org.parcours.format.Formats;
import org.parcours.model.Structure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The `parcours` command: wires the subcommands and turns a bug into one line instead of a stack trace. */
@Command(name = "parcours",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compiles a course written as plain files into packages that LMSs import: "
                + "SCORM 1.2, xAPI (TinCan), cmi5 and a plain web export.",
        subcommands = {CheckCommand.class, BuildCommand.class, FmtCommand.class, InitCommand.class, ValidateCommand.class,
                DiffCommand.class, PreviewCommand.class, CommandLine.HelpCommand.class},
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

    // Read before parsing (see language()), so that help and usage errors are in the right language too;
    // declared here for --help, for validation, and so that every command accepts it anywhere.
    @Option(names = "--lang", paramLabel = "fr|en", scope = ScopeType.INHERIT,
            description = "Language of messages and help: fr or en. Default: from LC_ALL, LC_MESSAGES or LANG, else en.")
    Lang langOption;

    private final Lang lang;

    private Main(Lang lang) {
        this.lang = lang;
    }

    public static void main(String[] args) {
        System.exit(commandLine(language(args, System::getenv)).execute(args));
    }

    /** The configured command line, in English; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        return commandLine(Formats.builtIn(), Lang.EN);
    }

    /** The command line offering {@code formats}' formats (a test adds one to see it everywhere), in English. */
    public static CommandLine commandLine(Formats formats) {
        return commandLine(formats, Lang.EN);
    }

    /** The configured command line speaking {@code lang}: help, diagnostics, summaries and error lines. */
    public static CommandLine commandLine(Lang lang) {
        return commandLine(Formats.builtIn(), lang);
    }

    public static CommandLine commandLine(Formats formats, Lang lang) {
        CommandLine cl = new CommandLine(new Main(lang), new Factory(formats));
        for (Class<? extends Enum<?>> choice : List.of(Structure.class, CheckCommand.Output.class,
                ReportFormat.class, OutputOptions.Color.class, Lang.class, DiffCommand.Report.class, DiffCommand.FailOn.class)) {
            register(cl, choice);
        }
        cl.setExecutionExceptionHandler(Main::bug);
        cl.setParameterExceptionHandler(Main::usage);
        Localized.help(cl, lang);
        return cl;
    }

    /** The language of a run: {@code --lang X} or {@code --lang=X} among the arguments, else the environment's. */
    public static Lang language(String[] args, Function<String, String> env) {
        Optional<String> option = Optional.empty();
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) option = Optional.of(args[i + 1]);
            else if (args[i].startsWith("--lang=")) option = Optional.of(args[i].substring("--lang=".length()));
        }
        return Lang.resolve(option, env);
    }

    /** The language of the run a command belongs to. */
    static Lang lang(CommandLine.Model.CommandSpec spec) {
        return ((Main) spec.root().userObject()).lang;
    }

    /** A message in the language of the command's run. */
    static String say(CommandLine.Model.CommandSpec spec, String template, Object... args) {
        return Text.of(template, args).in(lang(spec));
    }

    /** A path argument that does not exist is a bad command line (exit 2), the same for every command. */
    static void requireExisting(CommandLine.Model.CommandSpec spec, java.nio.file.Path path) {
        if (!java.nio.file.Files.exists(path)) {
            throw new CommandLine.ParameterException(spec.commandLine(), say(spec, "no such file or folder: %s", path));
        }
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
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        err.println("parcours: " + Localized.error(e.getMessage(), lang(spec)));
        // picocli's "Did you mean: build?" for a mistyped subcommand or option (`buidl`, `--fromat`)
        java.io.StringWriter suggestions = new java.io.StringWriter();
        CommandLine.UnmatchedArgumentException.printSuggestions(e, new PrintWriter(suggestions));
        suggestions.toString().lines().forEach(l -> err.println(Localized.error(l, lang(spec))));
        err.println(say(spec, "Try '%s --help' for usage.", spec.qualifiedName()));
        err.flush();
        return EXIT_USAGE;
    }

    private static int bug(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        Optional<String> environment = Environment.failure(e, spec);
        if (environment.isPresent()) {
            // the user's machine, not Parcours: a file in the way, no permission, a full or read-only disk
            err.println("parcours: " + environment.get());
            err.flush();
            return EXIT_ERRORS;
        }
        err.println("parcours: " + say(spec, "internal error: %s", e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        err.println(say(spec, "This is a bug in Parcours, not in your course. Please report it with the command you ran"
                + " (set PARCOURS_DEBUG=1 for the full trace)."));
        if (System.getenv("PARCOURS_DEBUG") != null) e.printStackTrace(err);
        err.flush();
        return EXIT_BUG;
    }
}
