package org.parcours.validate;

import org.w3c.dom.Element;

/** Names, titles and descriptions shown by the LMS: not empty, and tagged with their language. */
final class LangStrings {
    private LangStrings() {}

    static void check(Element text, String what, String entry, Findings findings) {
        String lang = text.getAttribute("lang");
        if (text.getTextContent().isBlank()) {
            findings.add(Rule.LANGSTRING, entry, XmlDoc.line(text), "%s is empty: the LMS would show nothing", what);
        } else if (lang == null || lang.isBlank()) {
            findings.add(Rule.LANGSTRING, entry, XmlDoc.line(text), "%s has no lang attribute: LMSs and LRSs show"
                    + " a language map entry under a language tag such as \"fr\" or \"en-US\"", what);
        }
    }
}
