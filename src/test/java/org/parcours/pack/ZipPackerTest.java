package org.parcours.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcours.tree.FileTree;

class ZipPackerTest {
    private static final LocalDateTime TIME = LocalDateTime.of(2026, 1, 15, 0, 0);

    private static FileTree tree() {
        return FileTree.builder().put("index.html", "<!doctype html><title>x</title>")
                .put("assets/photo.jpg", new byte[] {1, 2, 3, 4})
                .put("runtime/player.js", "console.log('hi');".repeat(50))
                .build();
    }

    @Test
    void sameTreeGivesTheSameBytes(@TempDir Path tmp) throws Exception {
        Path a = ZipPacker.write(tree(), tmp.resolve("a/course.zip"), TIME);
        Path b = ZipPacker.write(tree(), tmp.resolve("b/course.zip"), TIME);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void entriesAreSortedStampedAndCompressedByType(@TempDir Path tmp) throws Exception {
        Path zip = ZipPacker.write(tree(), tmp.resolve("course.zip"), TIME);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            z.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).containsExactly("assets/photo.jpg", "index.html", "runtime/player.js");
            assertThat(z.getEntry("assets/photo.jpg").getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(z.getEntry("runtime/player.js").getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(z.getEntry("index.html").getTimeLocal()).isEqualTo(TIME);
            assertThat(z.getEntry("index.html").getExtra()).isNull();
        }
    }

    @Test
    void writesASha256FileThatSha256sumAccepts(@TempDir Path tmp) throws Exception {
        Path zip = ZipPacker.write(tree(), tmp.resolve("course.zip"), TIME);
        String line = Files.readString(tmp.resolve("course.zip.sha256"));
        assertThat(line).isEqualTo(ZipPacker.sha256(zip) + "  course.zip\n");
    }

    @Test
    void aFailedWriteLeavesThePreviousFileWholeAndNoTemporaryFile(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("course.zip");
        Files.writeString(zip, "previous release");
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(tmp)) return; // running as root: permissions cannot make the write fail
            assertThatThrownBy(() -> ZipPacker.write(tree(), zip, TIME)).isInstanceOf(java.io.UncheckedIOException.class);
        } finally {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(Files.readString(zip)).isEqualTo("previous release");
    }

    @Test
    void fileTreeRefusesPathsThatEscapeTheirFolder() {
        for (String bad : new String[] {"../x", "/etc/passwd", "a/../../b", "a\\b", ""}) {
            assertThatThrownBy(() -> FileTree.builder().put(bad, "x")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
