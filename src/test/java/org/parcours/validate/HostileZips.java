package org.parcours.validate;

import static org.parcours.validate.Fixtures.utf8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The fixtures of the container codes, built by the tests as real zips: hostile ones (XXE, zip slip, zip
 * bombs, absolute paths, symlinks, corrupt data) cannot sensibly live in the repository as files. Each builder
 * takes a temporary folder and returns the zip it wrote there; {@link #LIMITS} gives the bounds a code is tested
 * with when the defaults would need a huge file.
 */
final class HostileZips {
    static final Map<String, Function<Path, Path>> BUILDERS = new LinkedHashMap<>();
    static final Map<String, Limits> LIMITS = Map.of(
            "V403", new Limits(10, 1L << 30, 1L << 30, 100, 1L << 20),
            "V404", new Limits(1000, 1L << 20, 1L << 30, 100, 1L << 20));

    static {
        BUILDERS.put("V401", dir -> write(dir.resolve("notes.zip"), utf8("these are notes, not a zip\n")));
        BUILDERS.put("V402", HostileZips::corruptCrc);
        BUILDERS.put("V403", dir -> {
            Map<String, byte[]> files = base();
            for (int i = 0; i < 20; i++) files.put("shared/extra-" + i + ".txt", utf8("x"));
            return Fixtures.zip(dir.resolve("many.zip"), files);
        });
        BUILDERS.put("V404", dir -> {
            Map<String, byte[]> files = base();
            byte[] noise = new byte[2 << 20];
            new Random(7).nextBytes(noise); // incompressible, so that the ratio guard stays quiet
            files.put("shared/video.mp4", noise);
            return Fixtures.zip(dir.resolve("large.zip"), files);
        });
        BUILDERS.put("V405", dir -> {
            Map<String, byte[]> files = base();
            files.put("shared/data.bin", new byte[24 << 20]); // 24 MiB of zeros deflate to about 24 KiB
            // a bomb lies about its size: the central directory says 4 KiB
            return declareSize(Fixtures.zip(dir.resolve("bomb.zip"), files), "shared/data.bin", 4096);
        });
        BUILDERS.put("V406", dir -> {
            Map<String, byte[]> files = base();
            files.put("../../../tmp/parcours-zip-slip.sh", utf8("echo pwned\n"));
            files.put("/etc/cron.d/parcours-absolute", utf8("* * * * * root true\n"));
            files.put("shared\\win.js", utf8("var a;\n"));
            return Fixtures.zip(dir.resolve("slip.zip"), files);
        });
        BUILDERS.put("V407", dir -> {
            Path zip = dir.resolve("twice.zip");
            try (OutputStream os = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(os)) {
                for (var e : base().entrySet()) put(out, e.getKey(), e.getValue());
                put(out, "shared/style.css", utf8("body { color: red; }\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return zip;
        });
        BUILDERS.put("V408", dir -> {
            Map<String, byte[]> files = base();
            files.put(".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
            files.put("__MACOSX/alarm/._index.html", new byte[] {0, 5, 22, 7});
            return Fixtures.zip(dir.resolve("mac.zip"), files);
        });
        BUILDERS.put("V413", HostileZips::xxe);
        BUILDERS.put("V417", dir -> {
            Path folder = dir.resolve("with-fifo");
            Fixtures.files("valid-scorm12").forEach((k, v) -> {
                Path f = folder.resolve(k);
                write(mkdirs(f.getParent()).resolve(f.getFileName()), v);
            });
            mkfifo(folder.resolve("shared/pipe.txt"));
            return folder;
        });
        BUILDERS.put("V418", dir -> overlapping(dir.resolve("overlap.zip"), 2, utf8("body { color: red; }\n")));
        BUILDERS.put("V419", dir -> deepManifest(dir.resolve("deep.zip"), 1000));
        BUILDERS.put("V414", dir -> {
            Map<String, byte[]> files = base();
            files.put("shared/passwd", utf8("/etc/passwd"));
            return Fixtures.zip(dir.resolve("link.zip"), files, Map.of("shared/passwd", 0120777));
        });
        BUILDERS.put("V415", dir -> {
            Map<String, byte[]> files = base();
            files.put("shared/Style.css", utf8("body { color: blue; }\n"));
            return Fixtures.zip(dir.resolve("case.zip"), files);
        });
    }

    private HostileZips() {}

    /** The valid third-party SCORM 1.2 package's files, as a starting point. */
    static Map<String, byte[]> base() {
        return new LinkedHashMap<>(Fixtures.files("valid-scorm12"));
    }

    /** A secret file next to the zip that an XXE would read into the manifest's title. */
    static Path xxe(Path dir) {
        Path secret = write(dir.resolve("secret.txt"), utf8("TOP-SECRET-42"));
        Map<String, byte[]> files = base();
        String manifest = new String(files.get("imsmanifest.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<manifest identifier", "<!DOCTYPE manifest [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<manifest identifier")
                .replace("<title>The alarm</title>", "<title>&xxe;</title>");
        files.put("imsmanifest.xml", utf8(manifest));
        return Fixtures.zip(dir.resolve("xxe.zip"), files);
    }

    /** A stored entry whose bytes were altered after the CRC was computed. */
    static Path corruptCrc(Path dir) {
        Path zip = dir.resolve("corrupt.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(os)) {
            for (var e : base().entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setMethod(ZipArchiveEntry.STORED);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(e.getValue());
                entry.setCrc(crc.getValue());
                entry.setSize(e.getValue().length);
                out.putArchiveEntry(entry);
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            byte[] bytes = Files.readAllBytes(zip);
            byte[] marker = utf8("font-family: sans-serif");
            int at = indexOf(bytes, marker);
            bytes[at] = 'F';
            Files.write(zip, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    /** Rewrites the uncompressed size that the central directory declares for {@code name}. */
    static Path declareSize(Path zip, String name, int size) {
        try {
            byte[] b = Files.readAllBytes(zip);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i + 46 <= b.length; i++) {
                if (buf.getInt(i) != 0x02014b50) continue;
                int nameLength = buf.getShort(i + 28) & 0xFFFF;
                String entry = new String(b, i + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
                if (entry.equals(name)) {
                    buf.putInt(i + 24, size);
                    Files.write(zip, b);
                    return zip;
                }
            }
            throw new IllegalStateException(name + " not in the central directory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip whose central directory lists the valid package, then {@code copies} entries that all point at the
     * local header of its first file: the overlapping-entries bomb (Fifield, 2019) in its simplest form.
     */
    static Path overlapping(Path zip, int copies, byte[] shared) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("shared/000.css", shared);
        files.putAll(base());
        for (int i = 1; i < copies; i++) files.put(String.format("shared/%03d.css", i), shared);
        Fixtures.zip(zip, files);
        try {
            byte[] b = Files.readAllBytes(zip);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            int first = -1;
            for (int i = 0; i + 46 <= b.length; i++) {
                if (buf.getInt(i) != 0x02014b50) continue;
                int nameLength = buf.getShort(i + 28) & 0xFFFF;
                String entry = new String(b, i + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
                if (entry.equals("shared/000.css")) first = buf.getInt(i + 42);
                else if (entry.matches("shared/\\d{3}\\.css") && first >= 0) buf.putInt(i + 42, first);
            }
            Files.write(zip, b);
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid package with elements nested {@code depth} deep in its manifest's metadata. */
    static Path deepManifest(Path zip, int depth) {
        Map<String, byte[]> files = base();
        String manifest = new String(files.get("imsmanifest.xml"), java.nio.charset.StandardCharsets.UTF_8);
        String deep = "<x>".repeat(depth) + "</x>".repeat(depth);
        files.put("imsmanifest.xml", utf8(manifest.replaceFirst("</manifest>", deep + "</manifest>")));
        return Fixtures.zip(zip, files);
    }

    static void mkfifo(Path p) {
        try {
            Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
            if (mk.waitFor() != 0) throw new IllegalStateException("mkfifo failed: coreutils' mkfifo is needed by this test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] marker) {
        outer:
        for (int i = 0; i <= bytes.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) if (bytes[i + j] != marker[j]) continue outer;
            return i;
        }
        throw new IllegalStateException("marker not found");
    }

    private static void put(ZipArchiveOutputStream out, String name, byte[] data) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(data);
        out.closeArchiveEntry();
    }

    private static Path write(Path p, byte[] data) {
        try {
            return Files.write(p, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
