package org.parcours.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parcours.preview.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Serves the course on 127.0.0.1 as the learner sees it, and reloads the page when a source file changes.",
        footerHeading = "%nExamples:%n",
        footer = {"  parcours preview course/", "", "Stop it with Ctrl-C. Nothing is written to disk and no browser is opened."})
final class PreviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The course folder. Default: the current folder.")
    Path dir;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        PreviewServer server = PreviewServer.start(dir, Main.lang(spec));
        // Ctrl-C (or a process destroy) stops the server and the watcher before the JVM exits
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(Main.say(spec, "Preview of %s at %s (Ctrl-C to stop)", dir, server.url()));
        out.flush();
        stopped.await();
        return 0;
    }
}
