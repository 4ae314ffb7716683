package org.parcours.validate;

import java.util.List;

/** What the validator found in one package, with the package's size figures. */
public record ValidationReport(String packageName, Standard standard, List<Finding> findings, int entries, long bytes) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }
}
