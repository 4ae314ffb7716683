package org.parcours.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A set of files by path, in sorted order: what render produces, what a target turns into a package, what pack
 * writes. Paths are relative, with '/' separators, and never contain "..", so a tree can never write outside
 * its destination.
 */
public final class FileTree {
    private final SortedMap<String, byte[]> files;

    private FileTree(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static Builder builder() {
        return new Builder();
    }

    public SortedMap<String, byte[]> files() {
        return files;
    }

    public Optional<byte[]> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public Optional<String> text(String path) {
        return get(path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public long totalSize() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.files.putAll(files);
        return b;
    }

    public static final class Builder {
        private final SortedMap<String, byte[]> files = new TreeMap<>();

        private Builder() {}

        public Builder put(String path, byte[] content) {
            files.put(checked(path), content.clone());
            return this;
        }

        public Builder put(String path, String utf8) {
            return put(path, utf8.getBytes(StandardCharsets.UTF_8));
        }

        public Builder putFile(String path, Path source) {
            try {
                return put(path, Files.readAllBytes(source));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
        }

        /** Adds every file of {@code other} under {@code prefix} ("" for the root). */
        public Builder putAll(String prefix, FileTree other) {
            String p = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
            other.files.forEach((k, v) -> files.put(checked(p + k), v));
            return this;
        }

        public FileTree build() {
            return new FileTree(files);
        }

        private static String checked(String path) {
            boolean bad = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.endsWith("/")
                    || java.util.Arrays.asList(path.split("/")).stream().anyMatch(s -> s.isEmpty() || s.equals("..") || s.equals("."));
            if (bad) throw new IllegalArgumentException("not a safe relative path: '" + path + "'");
            return path;
        }
    }
}
