package org.parcours.format.scorm12.manifest.lom;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** A LOM vocabulary value: source "LOMv1.0" and the value, both as langstrings in the "x-none" language. */
@XmlType(propOrder = {"source", "value"})
public final class Vocabulary {
    @XmlElement(required = true)
    LangStrings source;
    @XmlElement(required = true)
    LangStrings value;

    Vocabulary() {}

    public static Vocabulary lom(String value) {
        Vocabulary v = new Vocabulary();
        v.source = LangStrings.of("x-none", "LOMv1.0");
        v.value = LangStrings.of("x-none", value);
        return v;
    }
}
