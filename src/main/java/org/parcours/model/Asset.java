package org.parcours.model;

/** A file under the course's assets/ folder, copied into every package. {@code path} is relative to the course. */
public record Asset(String path, long size) {}
