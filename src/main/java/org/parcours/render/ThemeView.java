package org.parcours.render;

/**
 * The course's look as the shell needs it. {@code logo} is a path relative to the player root ("" when none);
 * {@code fontFamily} is a CSS font-family list; {@code fontFile} the course font relative to the player root ("" for
 * system or serif); {@code stylesheet} is true when the course has a theme/theme.css to load after player.css.
 */
public record ThemeView(String primaryColor, String accentColor, String logo, String fontFamily, String fontFile,
                        String fontFormat, boolean stylesheet) {}
