package org.parcours.validate;

import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * cmi5.xml beyond its schema (cmi5 13.1): at least one AU, ids that are absolute and unique IRIs, AU urls that
 * open a page of the package without the launch parameters of 8.1, titles and descriptions tagged with their
 * language, and a masteryScore only where moveOn lets it decide something.
 */
final class Cmi5Check {
    /** moveOn values under which a masteryScore decides satisfaction (cmi5 13.1.4). */
    private static final Set<String> PASS_MOVE_ON = Set.of("Passed", "CompletedAndPassed", "CompletedOrPassed");

    private Cmi5Check() {}

    static void run(XmlDoc doc, PackageFiles files, Findings findings) {
        String entry = doc.entry();
        ActivityIds ids = new ActivityIds(entry, findings);
        for (String kind : new String[] {"course", "block", "au"}) {
            for (Element e : XmlDoc.descendants(doc.root(), kind)) {
                ids.check(XmlDoc.attr(e, "id"), kind, XmlDoc.line(e));
                for (String text : new String[] {"title", "description"}) {
                    Element t = XmlDoc.child(e, text);
                    if (t == null) continue;
                    for (Element s : XmlDoc.children(t, "langstring")) LangStrings.check(s, kind + " " + text, entry, findings);
                }
            }
        }
        for (Element objective : XmlDoc.descendants(doc.root(), "objective")) {
            if (objective.hasAttribute("id")) ids.check(objective.getAttribute("id"), "objective", XmlDoc.line(objective));
        }
        List<Element> aus = XmlDoc.descendants(doc.root(), "au");
        if (aus.isEmpty()) {
            findings.add(Rule.LAUNCHABLE_COUNT, entry, XmlDoc.line(doc.root()), "the course structure has no AU: an"
                    + " LMS has nothing to launch");
        }
        for (Element au : aus) {
            Element url = XmlDoc.child(au, "url");
            if (url != null) LaunchUrls.check(url.getTextContent(), LaunchUrls.CMI5_RESERVED, entry, XmlDoc.line(url), files, findings);
            moveOn(au, entry, findings);
        }
    }

    private static void moveOn(Element au, String entry, Findings findings) {
        String moveOn = au.hasAttribute("moveOn") ? au.getAttribute("moveOn") : "NotApplicable";
        if (au.hasAttribute("masteryScore") && !PASS_MOVE_ON.contains(moveOn)) {
            findings.add(Rule.MOVEON_MASTERY, entry, XmlDoc.line(au), "AU \"%s\" has masteryScore %s but moveOn %s:"
                    + " the LMS never looks at a pass, so the score decides nothing (use moveOn Passed,"
                    + " CompletedAndPassed or CompletedOrPassed, or drop masteryScore)", au.getAttribute("id"),
                    au.getAttribute("masteryScore"), moveOn);
        }
    }
}
