package org.parcours.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads an untrusted zip without extracting anything: every entry is inflated once into a counter (CRC, size,
 * ratio), so a corrupt entry, a zip slip name or a zip bomb becomes a finding, never a crash or a full disk.
 * Only text files the checks read are kept in memory.
 */
final class ZipReader {
    private static final int BUFFER = 64 * 1024;

    private ZipReader() {}

    /** The readable, safe files of the zip; empty when the zip cannot be read at all (V401 is then reported). */
    static Optional<PackageFiles> read(Path zip, Limits limits, Findings findings) {
        String name = zip.getFileName().toString();
        long declaredEntries = declaredEntries(zip);
        if (declaredEntries > limits.maxEntries()) {
            // told by the end record, before the central directory is parsed: 100,000 entries cost nothing
            findings.add(Rule.TOO_MANY_ENTRIES, "", 0, "the zip holds %d entries, more than the limit of %d",
                    declaredEntries, limits.maxEntries());
            return Optional.of(new PackageFiles(name, new TreeMap<>()));
        }
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            if (entries.size() > limits.maxEntries()) {
                findings.add(Rule.TOO_MANY_ENTRIES, "", 0, "the zip holds %d entries, more than the limit of %d",
                        entries.size(), limits.maxEntries());
                return Optional.of(new PackageFiles(name, new TreeMap<>()));
            }
            if (overlapping(entries, findings)) return Optional.of(new PackageFiles(name, new TreeMap<>()));
            SortedMap<String, PackageEntry> files = new TreeMap<>();
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                // commons-compress turns the backslashes of FAT-made zips into '/'; LMSs on Linux do not
                byte[] rawBytes = entry.getRawName();
                String raw = rawBytes != null && new String(rawBytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\\') >= 0
                        ? entry.getName().replace('/', '\\') : entry.getName();
                String unsafe = EntryPaths.unsafeReason(raw);
                if (unsafe != null) {
                    findings.add(Rule.UNSAFE_PATH, raw, 0, "entry name has %s: an unzip tool could write outside"
                            + " the destination folder; the entry is ignored", unsafe);
                    continue;
                }
                if (entry.isUnixSymlink()) {
                    findings.add(Rule.SYMLINK, raw, 0, "entry is a symbolic link: LMSs do not follow them and an"
                            + " unzip tool could write outside the destination folder");
                    continue;
                }
                if (entry.isDirectory()) continue;
                if (files.containsKey(raw)) {
                    findings.add(Rule.DUPLICATE_ENTRY, raw, 0, "the zip holds this path twice: which copy an LMS"
                            + " extracts is undefined");
                    continue;
                }
                Optional<PackageEntry> read = readEntry(file, entry, limits, limits.maxTotalBytes() - total, findings);
                if (read.isEmpty()) {
                    if (findings.has(Rule.TOO_LARGE)) break;
                    continue;
                }
                total += read.get().size();
                files.put(raw, read.get());
            }
            return Optional.of(new PackageFiles(name, files));
        } catch (IOException e) {
            findings.add(Rule.NOT_A_ZIP, "", 0, "cannot read the zip: %s", reason(e));
            return Optional.empty();
        }
    }

    private static Optional<PackageEntry> readEntry(ZipFile file, ZipArchiveEntry entry, Limits limits, long budget,
                                                    Findings findings) {
        String path = entry.getName();
        long declared = entry.getSize();
        if (declared > budget) {
            findings.add(Rule.TOO_LARGE, path, 0, "the files uncompress to more than the limit of %d bytes",
                    limits.maxTotalBytes());
            return Optional.empty();
        }
        boolean keep = PackageFiles.keeps(path, Math.max(declared, 0));
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        byte[] head = new byte[PackageFiles.HEAD];
        int headLength = 0;
        CRC32 crc = new CRC32();
        long size = 0;
        long stored = Math.max(entry.getCompressedSize(), 1);
        try (InputStream in = file.getInputStream(entry)) {
            if (in == null) throw new IOException("unsupported entry");
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > budget || size > limits.maxEntryBytes()) {
                    findings.add(Rule.TOO_LARGE, path, 0, "the files uncompress to more than the limit of %d bytes"
                            + " (this entry alone passes %d bytes)", limits.maxTotalBytes(), size);
                    return Optional.empty();
                }
                // An entry that keeps to its declared size is bounded by the size limits, however well it compresses
                // (a 50 MB lesson of repeated text compresses 157:1 and is honest): what betrays a bomb is inflating
                // past the size it declared, or, with no size declared, a ratio no course file has.
                if (declared >= 0 && size > declared) {
                    findings.add(Rule.COMPRESSION_RATIO, path, 0, "entry inflates past its declared size of %d bytes"
                            + " (stored in %d): a zip bomb, or a damaged zip; inflating stopped", declared, stored);
                    return Optional.empty();
                }
                if (declared < 0 && size > limits.ratioFloor() && size / stored > limits.maxRatio()) {
                    findings.add(Rule.COMPRESSION_RATIO, path, 0, "entry declares no size and inflates more than %d times"
                            + " its stored size of %d bytes: a zip bomb, or data no course needs", limits.maxRatio(), stored);
                    return Optional.empty();
                }
                crc.update(buffer, 0, n);
                if (headLength < head.length) {
                    int copy = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copy);
                    headLength += copy;
                }
                if (kept != null) kept.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            // commons-compress signals some malformed data with unchecked exceptions: still a corrupt entry
            findings.add(Rule.CORRUPT_ENTRY, path, 0, "cannot uncompress the entry: %s", reason(e));
            return Optional.empty();
        }
        if (declared >= 0 && declared != size) {
            findings.add(Rule.CORRUPT_ENTRY, path, 0, "entry declares %d bytes but holds %d", declared, size);
            return Optional.empty();
        }
        if (entry.getCrc() >= 0 && entry.getCrc() != crc.getValue()) {
            findings.add(Rule.CORRUPT_ENTRY, path, 0, "CRC mismatch: the entry is damaged");
            return Optional.empty();
        }
        byte[] headBytes = java.util.Arrays.copyOf(head, headLength);
        return Optional.of(new PackageEntry(path, size, entry.getCompressedSize(), headBytes,
                kept == null ? null : kept.toByteArray()));
    }

    /**
     * Whether two entries' data overlap: the "better zip bomb" (Fifield, 2019) points many central-directory
     * entries at one compressed stream, so that a small zip inflates each of them in full. Honest zips never
     * share bytes between entries.
     */
    private static boolean overlapping(List<ZipArchiveEntry> entries, Findings findings) {
        List<ZipArchiveEntry> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparingLong(ZipArchiveEntry::getLocalHeaderOffset));
        for (int i = 1; i < sorted.size(); i++) {
            ZipArchiveEntry before = sorted.get(i - 1);
            ZipArchiveEntry entry = sorted.get(i);
            long end = before.getDataOffset() + Math.max(before.getCompressedSize(), 0);
            if (entry.getLocalHeaderOffset() < end) {
                findings.add(Rule.OVERLAPPING_ENTRIES, entry.getName(), 0, "the entry's data overlaps the data of '%s':"
                        + " a zip bomb technique; nothing was inflated", before.getName());
                return true;
            }
        }
        return false;
    }

    /**
     * The entry count of the zip's end of central directory record (APPNOTE 4.3.16), or -1 when there is none to
     * read (the zip reader then reports what is wrong). 0xFFFF means a ZIP64 count: the central directory is
     * then parsed and counted as usual.
     */
    static long declaredEntries(Path zip) {
        try (var ch = java.nio.channels.FileChannel.open(zip, java.nio.file.StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 0xFFFF);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(tail).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            ch.read(buf, size - tail);
            for (int i = tail - 22; i >= 0; i--) {
                if (buf.getInt(i) == 0x06054b50) {
                    int total = buf.getShort(i + 10) & 0xFFFF;
                    if (total != 0xFFFF) return total;
                    // ZIP64 (APPNOTE 4.3.14-15): the locator just before this record gives the ZIP64 end record
                    if (i < 20 || buf.getInt(i - 20) != 0x07064b50) return -1;
                    long at = buf.getLong(i - 20 + 8);
                    java.nio.ByteBuffer z = java.nio.ByteBuffer.allocate(56).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                    if (at < 0 || at + 56 > size || ch.read(z, at) < 56 || z.getInt(0) != 0x06064b50) return -1;
                    return z.getLong(32);
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** For tests and diagnostics: the raw names of a zip in central-directory order. */
    static List<String> names(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            Collections.list(file.getEntries()).forEach(e -> names.add(e.getName()));
        }
        return names;
    }
}
