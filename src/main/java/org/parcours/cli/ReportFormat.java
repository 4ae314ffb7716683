package org.parcours.cli;

/**
 * What `--report` writes on standard output, for `check` and `validate` alike: the lines a person reads, JSON for
 * scripts, JUnit XML for the test tab of CI servers, SARIF 2.1.0 for code-scanning views (GitHub, GitLab).
 */
enum ReportFormat {
    TEXT, JSON, JUNIT, SARIF;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
