package org.parcours.typography;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** A course source file as the typography tools read it, and the excerpt of a line that their messages quote. */
public final class SourceFile {
    private SourceFile() {}

    /**
     * The file's text; empty for what is not a regular UTF-8 file of its own (a symbolic link may lead out of the
     * course; a file that is not UTF-8 is the loader's to report, P001).
     */
    public static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** About 40 characters of {@code line} around offset {@code at}, with « … » where it was cut. */
    public static String excerpt(String line, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(line.length(), at + 20);
        return (from > 0 ? "…" : "") + line.substring(from, to).strip() + (to < line.length() ? "…" : "");
    }
}
