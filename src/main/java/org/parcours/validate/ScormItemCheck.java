package org.parcours.validate;

import java.math.BigDecimal;
import org.w3c.dom.Element;

/**
 * What the items promise the LMS: a masteryscore it can compare a score to (CAM 1.2, 3.4.1.12: a decimal
 * from 0 to 100; Moodle lets it override the SCO's own status) and at least one item that launches something.
 */
final class ScormItemCheck {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScormItemCheck() {}

    static void run(ScormIndex m, Findings findings) {
        for (Element score : XmlDoc.descendants(m.root(), "masteryscore")) {
            String text = score.getTextContent().trim();
            BigDecimal value = null;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                findings.add(Rule.SCORM_MASTERYSCORE, m.entry(), XmlDoc.line(score), "masteryscore \"%s\" is not a"
                        + " number from 0 to 100 (a percentage of the score range)", score.getTextContent());
            }
        }
        boolean launches = m.items().stream()
                .anyMatch(item -> m.launched(item) != null && XmlDoc.attr(m.launched(item), "href") != null);
        if (!launches) {
            findings.add(Rule.SCORM_NOTHING_TO_LAUNCH, m.entry(), XmlDoc.line(m.root()), m.organizations().isEmpty()
                    ? "the manifest has no organization: an LMS has nothing to show or launch"
                    : "no item of the organizations refers to a resource with an href: an LMS has nothing to launch");
        }
    }
}
