package org.parcours.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intrinsic size of an image, read from its header (PNG, GIF, JPEG) or its root element (SVG), so that the
 * page reserves its room before it loads: without it the lesson grows under the learner's eyes, and a learner
 * who pressed End is no longer at the end.
 */
final class ImageSize {
    private static final Pattern SVG = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9.]+)\\s*(px)?\\s*$");

    private ImageSize() {}

    record Size(int width, int height) {}

    static Optional<Size> of(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            byte[] data = Files.readAllBytes(file);
            if (name.endsWith(".svg")) return svg(new String(data, 0, Math.min(data.length, 4096), StandardCharsets.UTF_8));
            return raster(ByteBuffer.wrap(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** width and height in pixels, else the viewBox's (the size the browser gives an SVG with only a viewBox). */
    private static Optional<Size> svg(String head) {
        Matcher m = SVG.matcher(head);
        if (!m.find()) return Optional.empty();
        String tag = m.group();
        Optional<Double> w = attribute(tag, "width").flatMap(ImageSize::pixels);
        Optional<Double> h = attribute(tag, "height").flatMap(ImageSize::pixels);
        if (w.isPresent() && h.isPresent()) return size(w.get(), h.get());
        Optional<String> box = attribute(tag, "viewBox");
        if (box.isEmpty()) return Optional.empty();
        String[] v = box.get().trim().split("[\\s,]+");
        if (v.length != 4) return Optional.empty();
        try {
            return size(Double.parseDouble(v[2]), Double.parseDouble(v[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(tag);
        return m.find() ? Optional.of(m.group(2) != null ? m.group(2) : m.group(3)) : Optional.empty();
    }

    private static Optional<Double> pixels(String value) {
        Matcher m = NUMBER.matcher(value);
        return m.matches() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    private static Optional<Size> size(double w, double h) {
        return w > 0 && h > 0 ? Optional.of(new Size((int) Math.round(w), (int) Math.round(h))) : Optional.empty();
    }

    /** PNG: IHDR after the signature; GIF: logical screen size; JPEG: the first start-of-frame segment. */
    private static Optional<Size> raster(ByteBuffer b) {
        if (b.remaining() >= 24 && b.getInt(0) == 0x89504E47 && b.getInt(12) == 0x49484452) {
            return size(b.getInt(16), b.getInt(20));
        }
        if (b.remaining() >= 10 && b.get(0) == 'G' && b.get(1) == 'I' && b.get(2) == 'F') {
            return size(Short.toUnsignedInt(Short.reverseBytes(b.getShort(6))), Short.toUnsignedInt(Short.reverseBytes(b.getShort(8))));
        }
        if (b.remaining() >= 4 && (b.get(0) & 0xff) == 0xFF && (b.get(1) & 0xff) == 0xD8) {
            int i = 2;
            while (i + 9 < b.remaining()) {
                if ((b.get(i) & 0xff) != 0xFF) return Optional.empty();
                int marker = b.get(i + 1) & 0xff;
                int length = Short.toUnsignedInt(b.getShort(i + 2));
                boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                if (frame) return size(Short.toUnsignedInt(b.getShort(i + 7)), Short.toUnsignedInt(b.getShort(i + 5)));
                i += 2 + length;
            }
        }
        return Optional.empty();
    }
}
