package org.parcours.render;

/** What the page shell shows of the course. {@code language} is the BCP 47 tag written in {@code lang}. */
public record CourseView(String title, String language, String version, String description, String publisher,
                         String licence, ThemeView theme) {}
