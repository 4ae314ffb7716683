package org.parcours.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.parcours.tree.FileTree;

/**
 * Writes a {@link FileTree} as a deterministic zip, atomically: the same tree and timestamp give the same bytes
 * (sorted entries, one fixed time, fixed permissions, no varying extra fields), and the output path holds either
 * the previous file or the complete new one, never a partial zip. A SHA-256 file is written beside it.
 */
public final class ZipPacker {
    /** Formats that are already compressed: deflating them again costs time and gains nothing. */
    private static final Set<String> STORED = Set.of("jpg", "jpeg", "png", "gif", "webp", "mp4", "m4v", "mp3", "m4a",
            "webm", "ogg", "ogv", "oga", "woff", "woff2", "pdf", "zip", "gz", "docx", "xlsx", "pptx", "odt");

    private ZipPacker() {}

    /** {@code time} is the local date-time stamped on every entry (zip times have no time zone). */
    public static Path write(FileTree tree, Path zip, LocalDateTime time) {
        Path dir = zip.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + zip.getFileName(), ".tmp");
            // DOS time fields are computed in the default zone; going through it keeps them equal to `time` anywhere.
            long millis = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(tmp)) {
                out.setEncoding(StandardCharsets.UTF_8.name());
                out.setUseLanguageEncodingFlag(true);
                out.setUseZip64(Zip64Mode.AsNeeded);
                out.setLevel(9);
                for (Map.Entry<String, byte[]> e : tree.files().entrySet()) {
                    ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                    entry.setTime(millis);
                    entry.setUnixMode(0100644);
                    byte[] data = e.getValue();
                    if (STORED.contains(extension(e.getKey()))) {
                        CRC32 crc = new CRC32();
                        crc.update(data);
                        entry.setMethod(ZipEntry.STORED);
                        entry.setSize(data.length);
                        entry.setCompressedSize(data.length);
                        entry.setCrc(crc.getValue());
                    } else {
                        entry.setMethod(ZipEntry.DEFLATED);
                    }
                    out.putArchiveEntry(entry);
                    out.write(data);
                    out.closeArchiveEntry();
                }
            }
            shareable(tmp);
            Files.move(tmp, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            writeChecksum(zip);
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + zip, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Writes {@code <zip>.sha256} in the format of sha256sum, so that `sha256sum -c` checks it. */
    static void writeChecksum(Path zip) throws IOException {
        String line = sha256(zip) + "  " + zip.getFileName() + "\n";
        Path sum = zip.resolveSibling(zip.getFileName() + ".sha256");
        Path tmp = Files.createTempFile(zip.toAbsolutePath().getParent(), "." + sum.getFileName(), ".tmp");
        Files.writeString(tmp, line, StandardCharsets.US_ASCII);
        shareable(tmp);
        Files.move(tmp, sum, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Temporary files are created private (0600); a release file is for everyone to read, like any other output. */
    static void shareable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the temporary file is hidden and only costs disk space; the real error is already on its way
        }
    }
}
