package org.parcours.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.parcours.format.Formats;
import picocli.CommandLine;

/** Runs the real command line with captured output, as a user would run `parcours …`. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        return run(Formats.builtIn(), args);
    }

    /** As above, with a command line that offers {@code formats}. */
    static Cli run(Formats formats, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(formats);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
