package org.parcours.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads an unpacked package folder with the same bounds as a zip. Symbolic links are reported, never
 * followed: a package is what an LMS would receive, and links do not survive a zip.
 */
final class FolderReader {
    private FolderReader() {}

    static PackageFiles read(Path dir, Limits limits, Findings findings) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(p -> !p.equals(dir)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        long count = paths.stream().filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).count();
        SortedMap<String, PackageEntry> files = new TreeMap<>();
        String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (count > limits.maxEntries()) {
            findings.add(Rule.TOO_MANY_ENTRIES, "", 0, "the folder holds %d files, more than the limit of %d",
                    count, limits.maxEntries());
            return new PackageFiles(name, files);
        }
        long total = 0;
        for (Path p : paths) {
            String rel = dir.relativize(p).toString().replace(java.io.File.separatorChar, '/');
            if (Files.isSymbolicLink(p)) {
                findings.add(Rule.SYMLINK, rel, 0, "symbolic link: it does not survive a zip, and LMSs do not follow it");
                continue;
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                // a FIFO would block the read forever and a device never ends: refused without being opened
                findings.add(Rule.NOT_REGULAR, rel, 0, "special file (FIFO, device or socket): not read; a package"
                        + " holds regular files only");
                continue;
            }
            try {
                long size = Files.size(p);
                total += size;
                if (total > limits.maxTotalBytes()) {
                    findings.add(Rule.TOO_LARGE, rel, 0, "the files hold more than the limit of %d bytes",
                            limits.maxTotalBytes());
                    break;
                }
                byte[] head;
                try (InputStream in = Files.newInputStream(p)) {
                    head = in.readNBytes(PackageFiles.HEAD);
                }
                byte[] content = PackageFiles.keeps(rel, size) ? Files.readAllBytes(p) : null;
                files.put(rel, new PackageEntry(rel, size, size, head, content));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p, e);
            }
        }
        return new PackageFiles(name, files);
    }
}
