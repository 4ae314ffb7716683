package org.parcours.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.SourcePos;

/** Reads a source file as strict UTF-8 (a BOM is dropped, line endings normalised to '\n'). */
final class TextFile {
    private TextFile() {}

    static Optional<String> read(Path path, String display, Diagnostics diags) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            int line = 1;
            int column = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            diags.error(Code.NOT_UTF8, new SourcePos(display, line, column),
                    "file is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[bad] & 0xFF, bad);
            return Optional.empty();
        }
    }

    private static int firstInvalidByte(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
            if (n < 0) return i;
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }
}
