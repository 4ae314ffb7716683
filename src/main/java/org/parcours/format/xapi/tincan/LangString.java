package org.parcours.format.xapi.tincan;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** A text (or launch URI) with its {@code lang} attribute, an RFC 5646 tag that is never empty. */
public class LangString {
    @XmlAttribute(name = "lang")
    private String lang;

    @XmlValue
    private String value;

    LangString() {}

    public LangString(String lang, String value) {
        if (lang == null || lang.isBlank()) throw new IllegalArgumentException("a langstring needs a language");
        this.lang = lang;
        this.value = value;
    }
}
