package org.parcours.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the manifest at the package root that tells the standard: imsmanifest.xml (SCORM), tincan.xml
 * (TinCan), cmi5.xml (cmi5); with none of them, an index.html at the root makes a plain web package. A
 * manifest sitting in a sub-folder is the commonest packaging mistake (the zip was made from the parent folder): it gets its own finding, since LMSs such as Moodle refuse the package.
 */
final class Detector {
    static final List<String> MANIFESTS = List.of("imsmanifest.xml", "tincan.xml", "cmi5.xml");

    private Detector() {}

    /** The manifests at the root, in the order above; empty (with a finding) when there is none. */
    static List<String> manifests(PackageFiles files, Findings findings) {
        List<String> found = MANIFESTS.stream().filter(files::contains).toList();
        if (found.size() > 1) {
            findings.add(Rule.SEVERAL_MANIFESTS, "", 0, "the root holds %s: the package is judged as %s only",
                    String.join(" and ", found), found.get(0));
        }
        if (!found.isEmpty()) return found;
        List<String> nested = new ArrayList<>();
        for (String path : files.files().keySet()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (path.contains("/") && MANIFESTS.contains(name)) nested.add(path);
        }
        if (!nested.isEmpty()) {
            String first = nested.get(0);
            findings.add(Rule.MANIFEST_IN_SUBFOLDER, first, 0, "the manifest is in the sub-folder '%s/', not at the"
                    + " root: LMSs (Moodle among them) refuse such a package; zip the contents of that folder,"
                    + " not the folder itself", first.substring(0, first.lastIndexOf('/')));
        } else if (!files.contains(WebCheck.LAUNCH)) {
            findings.add(Rule.NO_MANIFEST, "", 0, "no imsmanifest.xml (SCORM), tincan.xml (xAPI) or cmi5.xml (cmi5)"
                    + " at the root of the package, nor the index.html of a plain web package");
        }
        return List.of();
    }
}
