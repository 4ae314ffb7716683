package org.parcours.init;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parcours.model.Id;

/**
 * Writes a small, valid, documented starter course into a new or empty folder: course.yaml, an opening page, a
 * part with a lesson that uses every block extension and a quiz with every question type, a glossary page, an SVG,
 * a short audio clip with its captions and an attachment; plus editor support: the JSON Schemas of the format
 * copied beside the course (in .schemas/, which the loader ignores) and a .vscode/settings.json mapping them.
 */
public final class Starter {
    private static final String BASE = "/org/parcours/init/";
    private static final List<String> SCHEMAS = List.of("course", "part", "lesson", "quiz");
    /** The audio clip is generated: one second of silence, 8 kHz, 8-bit mono PCM (RIFF WAVE), 8,044 bytes. */
    private static final String AUDIO = "assets/bienvenue.wav";
    private static final int RATE = 8000;

    private Starter() {}

    /** Whether {@code dir} can receive a starter course: absent, or an empty folder. */
    public static boolean canWrite(Path dir) {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the starter course; returns the files written, in order. {@code dir} must pass {@link #canWrite}. */
    public static List<Path> write(Path dir, String title, LocalDate date) {
        if (!canWrite(dir)) throw new IllegalArgumentException("not a new or empty folder: " + dir);
        List<Path> written = new ArrayList<>();
        String slug = Id.slugify(title).isEmpty() ? "mon-cours" : Id.slugify(title);
        for (String file : text("files.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String content = text(file).replace("{{title}}", yamlQuoted(title)).replace("{{slug}}", slug)
                    .replace("{{date}}", date.toString());
            written.add(put(dir.resolve(file), content.getBytes(StandardCharsets.UTF_8)));
        }
        written.add(put(dir.resolve(AUDIO), silence()));
        for (String s : SCHEMAS) {
            written.add(put(dir.resolve(".schemas/" + s + ".schema.json"), bytes("/org/parcours/schemas/" + s + ".schema.json")));
        }
        return List.copyOf(written);
    }

    /** The inside of a YAML double-quoted scalar. */
    private static String yamlQuoted(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static byte[] silence() {
        int samples = RATE;
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + samples);
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        le(out, 36 + samples, 4);
        out.writeBytes("WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
        le(out, 16, 4);
        le(out, 1, 2); // PCM
        le(out, 1, 2); // mono
        le(out, RATE, 4);
        le(out, RATE, 4); // bytes per second
        le(out, 1, 2); // block align
        le(out, 8, 2); // bits per sample
        out.writeBytes("data".getBytes(StandardCharsets.US_ASCII));
        le(out, samples, 4);
        for (int i = 0; i < samples; i++) out.write(128); // 8-bit PCM is unsigned: 128 is silence
        return out.toByteArray();
    }

    private static void le(ByteArrayOutputStream out, int value, int bytes) {
        for (int i = 0; i < bytes; i++) out.write((value >>> (8 * i)) & 0xff);
    }

    private static Path put(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) {
        return new String(bytes(BASE + name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Starter.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
