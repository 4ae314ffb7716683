package org.parcours.format.scorm12.manifest.lom;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** An element whose content is one or more langstrings: title, description, keyword, version, entry… */
public final class LangStrings {
    @XmlElement(name = "langstring")
    List<LangString> strings;

    LangStrings() {}

    public static LangStrings of(String lang, String value) {
        LangStrings s = new LangStrings();
        s.strings = List.of(new LangString(lang, value));
        return s;
    }
}
