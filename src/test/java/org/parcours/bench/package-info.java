/** Benchmarks that print the player's budgets: runtime size and time to an interactive first lesson. */
package org.parcours.bench;
