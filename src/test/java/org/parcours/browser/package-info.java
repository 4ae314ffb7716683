/**
 * The browser test bench: a static server on 127.0.0.1, headless Chromium sessions that never download anything,
 * helpers that find controls by role and accessible name and drive them with the keyboard, and an axe-core
 * runner. Reused by the tests of every package format.
 */
package org.parcours.browser;
