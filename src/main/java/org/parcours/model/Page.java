package org.parcours.model;

import org.parcours.diag.SourcePos;

/** A page that is not a lesson: the opening page or an appendix (glossary, sources). Not tracked for completion. */
public record Page(Id id, String title, int minutes, Body body, String source, SourcePos pos) {}
