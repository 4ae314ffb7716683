package org.parcours.render;

/**
 * STAND-IN from the scorm branch, per docs/runtime.md, so that the SCORM 1.2 target compiles before the player
 * lands: the player branch's own PlayerOptions replaces this file (take theirs on merge).
 */
public record PlayerOptions(String adapter, boolean unitPages) {}
