package org.parcours.validate;

/** XSD validation of a manifest against Parcours' own schemas, each violation a finding at its line. */
final class SchemaCheck {
    /** Past this many, more schema findings would bury the first (which usually explains the rest). */
    private static final int SHOWN = 20;

    private SchemaCheck() {}

    static void run(SchemaSet schemas, Rule rule, PackageEntry manifest, Findings findings) {
        var problems = schemas.check(manifest.content());
        for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
            var p = problems.get(i);
            findings.add(rule, manifest.path(), p.line(), "%s", p.message());
        }
        if (problems.size() > SHOWN) {
            findings.add(rule, manifest.path(), 0, "%d more schema violations not shown", problems.size() - SHOWN);
        }
    }
}
