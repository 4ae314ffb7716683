package org.parcours.format.cmi5.structure;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.List;

/** textType (cmi5 §13.1.1): one or more {@code <langstring lang="…">}; Parcours writes the course language. */
public class Text {
    @XmlElement(name = "langstring")
    private List<LangString> langstrings;

    Text() {}

    public Text(String lang, String value) {
        if (lang == null || lang.isBlank()) throw new IllegalArgumentException("a langstring needs a language");
        this.langstrings = List.of(new LangString(lang, value));
    }

    static class LangString {
        @XmlAttribute(name = "lang")
        private String lang;

        @XmlValue
        private String value;

        LangString() {}

        LangString(String lang, String value) {
            this.lang = lang;
            this.value = value;
        }
    }
}
