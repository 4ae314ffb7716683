package org.parcours.cli;

/**
 * What `--report` writes on standard output: the lines a person reads, JSON for scripts, JUnit XML for the test
 * tab of CI servers, SARIF 2.1.0 for code-scanning views (GitHub, GitLab). Picocli lists these as the candidates.
 */
enum ReportFormat {
    text, json, junit, sarif
}
