package org.parcours.render;

import java.util.Locale;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.SourcePos;
import org.parcours.model.Course;

/**
 * Turns course.yaml's theme into what the shell needs, and warns when a colour would break WCAG 2.1 AA: the
 * primary colour carries white text and links (1.4.3, 4.5:1 on white), the accent colour draws the focus ring
 * (1.4.11, 3:1 on white). (The loader has checked that the logo and the font file exist.)
 */
final class Themes {
    static final String SYSTEM_FONTS =
            "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Liberation Sans\", Arial, sans-serif";
    static final String SERIF_FONTS = "Georgia, Cambria, \"Noto Serif\", \"Liberation Serif\", \"Times New Roman\", serif";

    private Themes() {}

    /** {@code base} leads from the page to the player root; {@code stylesheet}: the course has theme/theme.css. */
    static ThemeView view(Course course, String base, boolean stylesheet) {
        Course.Theme theme = course.settings().theme();
        String font = theme.font();
        String family = SYSTEM_FONTS;
        String file = "";
        String format = "";
        if (font.equals("serif")) {
            family = SERIF_FONTS;
        } else if (!font.equals("system")) {
            file = base + font;
            format = fontFormat(font);
            family = "\"Course font\", " + SYSTEM_FONTS;
        }
        String logo = theme.logo().map(l -> base + l).orElse("");
        return new ThemeView(theme.primaryColor(), theme.accentColor(), logo, family, file, format, stylesheet);
    }

    static void check(Course course, Diagnostics diags) {
        Course.Theme theme = course.settings().theme();
        SourcePos at = course.pos();
        double primary = contrastOnWhite(theme.primaryColor());
        if (primary < 4.5) {
            diags.warning(Code.LOW_CONTRAST, at, "theme primaryColor %s has a contrast of %.2f:1 on white, below 4.5:1",
                    theme.primaryColor(), primary);
        }
        double accent = contrastOnWhite(theme.accentColor());
        if (accent < 3.0) {
            diags.warning(Code.LOW_CONTRAST, at, "theme accentColor %s has a contrast of %.2f:1 on white, below 3:1",
                    theme.accentColor(), accent);
        }
    }

    /** WCAG 2.1 contrast ratio of an sRGB colour "#rgb" or "#rrggbb" against white. */
    static double contrastOnWhite(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        int rgb = Integer.parseInt(h, 16);
        double l = 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
        return 1.05 / (l + 0.05);
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String fontFormat(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "woff2" -> "woff2";
            case "woff" -> "woff";
            case "otf" -> "opentype";
            default -> "truetype";
        };
    }
}
