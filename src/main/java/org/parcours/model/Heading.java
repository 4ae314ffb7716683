package org.parcours.model;

import org.parcours.diag.SourcePos;

/** A heading of a body and the anchor that links to it. */
public record Heading(int level, String text, String anchor, SourcePos pos) {}
