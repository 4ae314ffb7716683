package org.parcours.format.scorm12.manifest.lom;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;
import javax.xml.XMLConstants;

/** {@code <imsmd:langstring xml:lang="…">text</imsmd:langstring>}: LOM 1.2's localised string. */
public final class LangString {
    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
    String lang;
    @XmlValue
    String value;

    LangString() {}

    public LangString(String lang, String value) {
        this.lang = lang;
        this.value = value;
    }
}
