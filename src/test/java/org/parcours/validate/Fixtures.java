package org.parcours.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Test fixtures: the committed package folders, and zips built from files (hostile ones included). */
final class Fixtures {
    private Fixtures() {}

    static Path packages() {
        try {
            return Path.of(Fixtures.class.getResource("/packages").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path folder(String name) {
        return packages().resolve(name);
    }

    /** The files of a fixture folder by '/' path, sorted. */
    static Map<String, byte[]> files(String name) {
        Path dir = folder(name);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of these entries in this order, deflated, exactly as given (no name cleaning). */
    static Path zip(Path zip, Map<String, byte[]> entries) {
        return zip(zip, entries, Map.of());
    }

    /** As {@link #zip(Path, Map)}; the entries named in {@code unixModes} get that mode (a symlink, say). */
    static Path zip(Path zip, Map<String, byte[]> entries, Map<String, Integer> unixModes) {
        try (OutputStream os = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(os)) {
            for (var e : entries.entrySet()) {
                ZipArchiveEntry entry = new RawEntry(e.getKey());
                if (unixModes.containsKey(e.getKey())) entry.setUnixMode(unixModes.get(e.getKey()));
                out.putArchiveEntry(entry);
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    /** An entry whose name is written as given: commons-compress would turn a backslash into '/'. */
    private static final class RawEntry extends ZipArchiveEntry {
        RawEntry(String name) {
            super("entry");
            setPlatform(PLATFORM_UNIX);
            setName(name);
        }
    }
}
