/** Tests of the project's own build and of what CI pipelines run: the browser guard, the release bundle, docs/ci.md. */
package org.parcours.ci;
