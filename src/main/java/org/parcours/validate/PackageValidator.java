package org.parcours.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Judges a package (zip or folder) as a stranger would: reads it within bounds, detects its standard from the
 * manifest at its root, validates the manifest against Parcours' own XSDs, then runs the checks of that
 * standard. It shares no code with the builders, so that it judges Parcours' packages exactly as it judges
 * another tool's.
 */
public final class PackageValidator {
    private PackageValidator() {}

    public static ValidationReport validate(Path pkg) {
        return validate(pkg, Limits.defaults());
    }

    public static ValidationReport validate(Path pkg, Limits limits) {
        Findings findings = new Findings();
        String name = org.parcours.diag.Printable.name(pkg.getFileName() == null ? pkg.toString() : pkg.getFileName().toString());
        Optional<PackageFiles> read = Files.isDirectory(pkg)
                ? Optional.of(FolderReader.read(pkg, limits, findings))
                : ZipReader.read(pkg, limits, findings);
        if (read.isEmpty()) return new ValidationReport(name, Standard.UNKNOWN, findings.sorted(), 0, 0);
        PackageFiles files = read.get();
        if (findings.has(Rule.TOO_MANY_ENTRIES)) {
            // nothing was read: judging the rest would only add noise to the one finding that matters
            return new ValidationReport(name, Standard.UNKNOWN, findings.sorted(), 0, 0);
        }
        Standard standard = judge(files, findings);
        return new ValidationReport(name, standard, findings.sorted(), files.files().size(), files.bytes());
    }

    private static Standard judge(PackageFiles files, Findings findings) {
        ContainerCheck.run(files, findings);
        List<String> manifests = Detector.manifests(files, findings);
        if (manifests.isEmpty() && files.contains(WebCheck.LAUNCH) && !findings.has(Rule.MANIFEST_IN_SUBFOLDER)) {
            WebCheck.run(files, findings);
            return Standard.WEB;
        }
        if (manifests.isEmpty()) return Standard.UNKNOWN;
        PackageEntry manifest = files.get(manifests.get(0)).orElseThrow();
        Optional<XmlDoc> doc = SafeXml.parse(manifest, findings);
        return switch (manifest.path()) {
            case "imsmanifest.xml" -> scorm(manifest, doc, files, findings);
            case "tincan.xml" -> {
                // a manifest that could not be parsed safely (V412, V413, V419) is not fed to the schema validator
                if (doc.isPresent()) SchemaCheck.run(SchemaSet.tincan(), Rule.TINCAN_SCHEMA, manifest, findings);
                doc.ifPresent(d -> TinCanCheck.run(d, files, findings));
                CredentialCheck.run(files, findings);
                yield Standard.TINCAN;
            }
            default -> {
                if (doc.isPresent()) SchemaCheck.run(SchemaSet.cmi5(), Rule.CMI5_SCHEMA, manifest, findings);
                doc.ifPresent(d -> Cmi5Check.run(d, files, findings));
                CredentialCheck.run(files, findings);
                yield Standard.CMI5;
            }
        };
    }

    private static Standard scorm(PackageEntry manifest, Optional<XmlDoc> doc, PackageFiles files, Findings findings) {
        if (doc.isEmpty()) return Standard.SCORM12;
        ScormIndex m = ScormIndex.of(doc.get());
        SchemaCheck.run(m.is2004() ? SchemaSet.scorm2004() : SchemaSet.scorm12(), Rule.SCORM_SCHEMA, manifest, findings);
        ScormVersionCheck.run(m, findings);
        ScormIdentifierCheck.run(m, findings);
        ScormFileCheck.run(m, files, findings);
        ScormItemCheck.run(m, findings);
        ScormMoodleCheck.run(m, findings);
        if (!m.is2004()) return Standard.SCORM12;
        Scorm2004Check.run(m, findings);
        return Standard.SCORM2004;
    }
}
