/**
 * Benchmarks that print figures without asserting times: the build's (BuildBench) and the player's budgets
 * (PlayerBudgetIT: runtime size, time to an interactive first lesson).
 */
package org.parcours.bench;
