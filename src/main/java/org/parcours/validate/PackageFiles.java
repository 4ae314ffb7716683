package org.parcours.validate;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files of a package by path, sorted, plus its name and total size: what every check reads. */
final class PackageFiles {
    /** Extensions whose content the checks read (manifests, pages, scripts, data); others keep only their head. */
    static final Set<String> KEPT = Set.of("xml", "html", "htm", "xhtml", "js", "mjs", "json", "txt", "css", "svg", "xsd");
    static final int HEAD = 512;
    static final long MAX_KEPT = 16L << 20;

    private final String name;
    private final SortedMap<String, PackageEntry> files;

    PackageFiles(String name, SortedMap<String, PackageEntry> files) {
        this.name = name;
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    String name() {
        return name;
    }

    SortedMap<String, PackageEntry> files() {
        return files;
    }

    Optional<PackageEntry> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    boolean contains(String path) {
        return files.containsKey(path);
    }

    long bytes() {
        return files.values().stream().mapToLong(PackageEntry::size).sum();
    }

    static boolean keeps(String path, long size) {
        return size <= MAX_KEPT && KEPT.contains(extension(path));
    }

    static String extension(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
