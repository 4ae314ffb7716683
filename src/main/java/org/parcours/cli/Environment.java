package org.parcours.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Failures of the user's environment rather than of Parcours: an input or output file that cannot be read or
 * written (a file in the way of --out, no permission, a full or read-only disk). They are reported as one line
 * naming the path and the cause, with exit code 1, never as a bug.
 */
final class Environment {
    private Environment() {}

    /** The line to print when {@code e} comes from the file system, else empty (then it is a bug). */
    static Optional<String> failure(Throwable e, CommandLine.Model.CommandSpec spec) {
        String context = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException u && context == null && !u.getMessage().startsWith("java.")) context = u.getMessage();
            if (t instanceof IOException io && !(t.getCause() instanceof IOException)) {
                return Optional.of(line(io, context, spec));
            }
        }
        return Optional.empty();
    }

    private static String line(IOException io, String context, CommandLine.Model.CommandSpec spec) {
        if (io instanceof FileSystemException fs && fs.getFile() != null) {
            String file = fs.getFile();
            if (io instanceof NoSuchFileException) return Main.say(spec, "%s: no such file or folder", file);
            if (io instanceof AccessDeniedException) return Main.say(spec, "%s: permission denied", file);
            if (io instanceof FileAlreadyExistsException) return Main.say(spec, "%s: a file is in the way", file);
            if (io instanceof NotDirectoryException) return Main.say(spec, "%s: not a folder", file);
            // the system's own words: "Read-only file system", "No space left on device", "Not a directory"
            return file + ": " + (fs.getReason() == null ? io.getClass().getSimpleName() : fs.getReason());
        }
        String cause = io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
        return context == null || context.endsWith(cause) ? cause : context + " (" + cause + ")";
    }
}
