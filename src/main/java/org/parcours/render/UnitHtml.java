package org.parcours.render;

/** A rendered unit (page, part, lesson or quiz), ready to be placed in a page shell. */
public record UnitHtml(String id, String kind, String title, String html) {}
