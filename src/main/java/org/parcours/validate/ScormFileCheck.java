package org.parcours.validate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The manifest and the files agree: every href names a file that exists (case-sensitive, as on the Linux
 * servers most LMSs run on, with xml:base applied), every file is declared by a resource (CAM 1.2, 3.4.1.15),
 * and each SCO has an HTML launch page.
 */
final class ScormFileCheck {
    /** Past this many, the undeclared files are summed up rather than listed. */
    private static final int LISTED = 50;

    private ScormFileCheck() {}

    static void run(ScormIndex m, PackageFiles files, Findings findings) {
        Set<String> declared = new HashSet<>();
        declared.add(m.entry());
        for (Element resource : m.resources().values()) {
            String[] bases = m.bases(resource);
            String href = XmlDoc.attr(resource, "href");
            String launch = href == null ? null : check(m, files, findings, resource, href, bases, declared);
            if (ScormIndex.isSco(resource)) checkSco(m, files, findings, resource, href, launch);
            for (Element file : XmlDoc.children(resource, "file")) {
                String fileHref = XmlDoc.attr(file, "href");
                if (fileHref != null) check(m, files, findings, file, fileHref, bases, declared);
            }
        }
        for (Element location : XmlDoc.descendants(m.root(), "location")) {
            if (ScormIndex.ADLCP.equals(location.getNamespaceURI()) || ScormIndex.ADLCP_2004.equals(location.getNamespaceURI())) {
                // metadata of a resource sits beside its files, under the same xml:base
                Element resource = enclosingResource(location);
                String[] bases = resource == null ? new String[] {XmlDoc.attr(m.root(), "base")} : m.bases(resource);
                String path = Hrefs.resolve(location.getTextContent(), bases);
                if (path != null) declared.add(path);
            }
        }
        int undeclared = 0;
        for (String path : files.files().keySet()) {
            if (declared.contains(path) || ContainerCheck.isJunk(path) || isControlFile(path)) continue;
            if (++undeclared <= LISTED) {
                findings.add(Rule.SCORM_UNDECLARED_FILE, path, 0, "no resource of the manifest declares this file"
                        + " (add a <file href=\"%s\"/>, or remove the file)", path);
            }
        }
        if (undeclared > LISTED) {
            findings.add(Rule.SCORM_UNDECLARED_FILE, m.entry(), 0, "%d more undeclared files not listed", undeclared - LISTED);
        }
    }

    private static Element enclosingResource(Element e) {
        for (org.w3c.dom.Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if ("resource".equals(p.getLocalName()) && "resources".equals(p.getParentNode().getLocalName())) return p;
        }
        return null;
    }

    /**
     * The XSD and DTD control files SCORM packages carry are not content: at the root (1.2 and 2004), and in the
     * folders of the LOM schema set that SCORM 2004 packages ship (common/, extend/, unique/, vocab/).
     */
    private static boolean isControlFile(String path) {
        if (!path.endsWith(".xsd") && !path.endsWith(".dtd")) return false;
        return !path.contains("/") || path.matches("(common|extend|unique|vocab)/[^/]+");
    }

    /** Checks one href; returns the package path it names when that file exists. */
    private static String check(ScormIndex m, PackageFiles files, Findings findings, Element at, String href,
                                String[] bases, Set<String> declared) {
        String bad = Hrefs.badPath(href);
        if (bad != null) {
            findings.add(Rule.SCORM_BAD_HREF, m.entry(), XmlDoc.line(at), "href \"%s\" has %s: LMSs resolve hrefs"
                    + " inside the package only, with '/' separators", href, bad);
            return null;
        }
        for (String b : bases) {
            String badBase = b == null ? null : Hrefs.badPath(b);
            if (badBase != null && !Hrefs.isExternal(b)) {
                findings.add(Rule.SCORM_BAD_HREF, m.entry(), XmlDoc.line(at), "xml:base \"%s\" has %s", b, badBase);
                return null;
            }
        }
        String scheme = Hrefs.scheme(href);
        if (!scheme.isEmpty() && !Hrefs.WEB_SCHEMES.contains(scheme)) {
            findings.add(Rule.SCORM_UNSAFE_SCHEME, m.entry(), XmlDoc.line(at), "href \"%s\" uses the %s: scheme, which"
                    + " runs script or reads local files in the LMS's own origin", href, scheme);
            return null;
        }
        if (Hrefs.isExternal(href)) return null;
        String path = Hrefs.resolve(href, bases);
        if (path == null) return null;
        declared.add(path);
        if (files.contains(path)) return path;
        Optional<String> other = files.files().keySet().stream()
                .filter(p -> p.toLowerCase(Locale.ROOT).equals(path.toLowerCase(Locale.ROOT))).findFirst();
        findings.add(Rule.SCORM_MISSING_FILE, m.entry(), XmlDoc.line(at), "href \"%s\" names %s, which is not in"
                        + " the package%s", href, path,
                other.map(o -> " (there is '" + o + "': paths are case-sensitive on LMS servers)").orElse(""));
        return null;
    }

    private static void checkSco(ScormIndex m, PackageFiles files, Findings findings, Element resource, String href,
                                 String launch) {
        String id = XmlDoc.attr(resource, "identifier");
        if (href == null || href.isBlank()) {
            findings.add(Rule.SCORM_SCO_NO_LAUNCH, m.entry(), XmlDoc.line(resource), "SCO resource \"%s\" has no href:"
                    + " the LMS has no page to launch", id);
            return;
        }
        if (launch != null && !Hrefs.isHtml(files.get(launch).orElseThrow())) {
            findings.add(Rule.SCORM_SCO_NOT_HTML, m.entry(), XmlDoc.line(resource), "SCO resource \"%s\" launches %s,"
                    + " which is not an HTML page (a SCO runs in the browser and finds the LMS's API from a page)", id, launch);
        }
    }
}
