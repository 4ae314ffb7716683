package org.parcours.render;

/**
 * STAND-IN of the player's PlayerOptions (docs/runtime.md), only so that the xapi branch compiles before the
 * player lands in main. Not to be merged: on `git merge main` the player's file replaces this one.
 */
public record PlayerOptions(String adapter, boolean unitPages) {}
