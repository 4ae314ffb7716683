package org.parcours.validate;

import java.util.List;
import org.w3c.dom.Element;

/**
 * tincan.xml beyond its schema: exactly one launchable activity (LMSs such as Moodle's mod_tincanlaunch launch
 * the first and key completion on it), ids that are absolute and unique IRIs, launch urls that open a page of
 * the package without launch parameters, and named, language-tagged activities.
 */
final class TinCanCheck {
    private TinCanCheck() {}

    static void run(XmlDoc doc, PackageFiles files, Findings findings) {
        List<Element> activities = XmlDoc.descendants(doc.root(), "activity");
        ActivityIds ids = new ActivityIds(doc.entry(), findings);
        int launchable = 0;
        for (Element activity : activities) {
            ids.check(XmlDoc.attr(activity, "id"), "activity", XmlDoc.line(activity));
            for (Element name : XmlDoc.children(activity, "name")) LangStrings.check(name, "activity name", doc.entry(), findings);
            for (Element d : XmlDoc.children(activity, "description")) {
                LangStrings.check(d, "activity description", doc.entry(), findings);
            }
            List<Element> launches = XmlDoc.children(activity, "launch");
            if (launches.isEmpty()) continue;
            launchable++;
            for (Element launch : launches) {
                LaunchUrls.check(launch.getTextContent(), LaunchUrls.TINCAN_RESERVED, doc.entry(), XmlDoc.line(launch),
                        files, findings);
            }
        }
        if (launchable != 1) {
            findings.add(Rule.LAUNCHABLE_COUNT, doc.entry(), XmlDoc.line(doc.root()), launchable == 0
                    ? "no activity has a <launch>: an LMS has nothing to open"
                    : "%d activities have a <launch>: LMSs launch only the first; keep one launchable course activity",
                    launchable);
        }
    }
}
