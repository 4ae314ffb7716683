package org.parcours.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.parcours.format.Formats;
import picocli.CommandLine;

/** Runs the real command line with captured output, as a user would run `parcours …`. */
record Cli(int exit, String out, String err) {

    /** Runs in English whatever the machine's locale, unless the arguments say {@code --lang}. */
    static Cli run(String... args) {
        return run(Formats.builtIn(), args);
    }

    /** As above, with a command line that offers {@code formats}. */
    static Cli run(Formats formats, String... args) {
        return runIn(formats, java.util.Map.of(), args);
    }

    /** Runs with these environment variables (LANG, LC_ALL…) as the only ones set. */
    static Cli runIn(java.util.Map<String, String> env, String... args) {
        return runIn(Formats.builtIn(), env, args);
    }

    private static Cli runIn(Formats formats, java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(formats, Main.language(args, env::get));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
