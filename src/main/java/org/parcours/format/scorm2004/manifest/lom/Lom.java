package org.parcours.format.scorm2004.manifest.lom;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.List;

/**
 * {@code <lom>} of IEEE LOM 1484.12.1 in its XML binding (1484.12.3), as SCORM 2004 CAM 4 puts it inline in
 * the manifest's metadata: one record for the whole course. Sections and their children in the binding's
 * order; vocabularies use the "LOMv1.0" source.
 */
@XmlType(name = "lom", propOrder = {"general", "lifeCycle", "metaMetadata", "technical", "educational", "rights"})
public final class Lom {
    @XmlElement
    General general;
    @XmlElement
    LifeCycle lifeCycle;
    @XmlElement
    MetaMetadata metaMetadata;
    @XmlElement
    Technical technical;
    @XmlElement
    Educational educational;
    @XmlElement
    Rights rights;

    Lom() {}

    public Lom(General general, LifeCycle lifeCycle, String language, Technical technical, String typicalDuration,
               Rights rights) {
        this.general = general;
        this.lifeCycle = lifeCycle;
        this.metaMetadata = new MetaMetadata(language);
        this.technical = technical;
        this.educational = typicalDuration == null ? null : new Educational(typicalDuration);
        this.rights = rights;
    }

    /** A LangString: one or more {@code <string language="…">}. */
    @XmlType(name = "langString")
    public static final class Text {
        @XmlElement(name = "string")
        List<LangValue> strings;

        Text() {}

        public static Text string(String language, String value) {
            Text t = new Text();
            t.strings = List.of(new LangValue(language, value));
            return t;
        }
    }

    @XmlType(name = "langValue")
    static final class LangValue {
        @XmlAttribute
        String language;
        @XmlValue
        String value;

        LangValue() {}

        LangValue(String language, String value) {
            this.language = language;
            this.value = value;
        }
    }

    /** A value of a LOMv1.0 vocabulary. */
    @XmlType(name = "vocabulary", propOrder = {"source", "value"})
    public static final class Vocabulary {
        @XmlElement
        String source = "LOMv1.0";
        @XmlElement
        String value;

        Vocabulary() {}

        public Vocabulary(String value) {
            this.value = value;
        }
    }

    @XmlType(name = "identifier", propOrder = {"catalog", "entry"})
    static final class Identifier {
        @XmlElement
        String catalog;
        @XmlElement
        String entry;

        Identifier() {}

        Identifier(String catalog, String entry) {
            this.catalog = catalog;
            this.entry = entry;
        }
    }

    @XmlType(name = "general", propOrder = {"identifier", "title", "language", "description", "keyword"})
    public static final class General {
        @XmlElement
        Identifier identifier;
        @XmlElement
        Text title;
        @XmlElement
        String language;
        @XmlElement
        Text description;
        @XmlElement
        List<Text> keyword;

        General() {}

        public General(String iri, Text title, String language, Text description, List<Text> keywords) {
            this.identifier = new Identifier("URI", iri);
            this.title = title;
            this.language = language;
            this.description = description;
            this.keyword = keywords.isEmpty() ? null : List.copyOf(keywords);
        }
    }

    @XmlType(name = "lifeCycle", propOrder = {"version", "status", "contribute"})
    public static final class LifeCycle {
        @XmlElement
        Text version;
        @XmlElement
        Vocabulary status = new Vocabulary("final");
        @XmlElement
        List<Contribute> contribute;

        LifeCycle() {}

        public LifeCycle(Text version, List<Contribute> contributions) {
            this.version = version;
            this.contribute = contributions.isEmpty() ? null : List.copyOf(contributions);
        }
    }

    /** A role, the people or bodies in it as vCards, and a date. */
    @XmlType(name = "contribute", propOrder = {"role", "entity", "date"})
    public static final class Contribute {
        @XmlElement
        Vocabulary role;
        @XmlElement
        List<String> entity;
        @XmlElement
        DateTime date;

        Contribute() {}

        public Contribute(String role, List<String> vcards, String date) {
            this.role = new Vocabulary(role);
            this.entity = List.copyOf(vcards);
            this.date = date == null ? null : new DateTime(date);
        }
    }

    @XmlType(name = "dateTime")
    static final class DateTime {
        @XmlElement
        String dateTime;

        DateTime() {}

        DateTime(String dateTime) {
            this.dateTime = dateTime;
        }
    }

    /** LOMv1.0 and the SCORM 2004 CAM application profile (CAM 4.1). */
    @XmlType(name = "metaMetadata", propOrder = {"metadataSchema", "language"})
    static final class MetaMetadata {
        @XmlElement
        List<String> metadataSchema = List.of("LOMv1.0", "SCORM_CAM_v1.3");
        @XmlElement
        String language;

        MetaMetadata() {}

        MetaMetadata(String language) {
            this.language = language;
        }
    }

    @XmlType(name = "technical", propOrder = {"format", "size"})
    public static final class Technical {
        @XmlElement
        List<String> format;
        @XmlElement
        Long size;

        Technical() {}

        public Technical(List<String> formats, long size) {
            this.format = List.copyOf(formats);
            this.size = size;
        }
    }

    @XmlType(name = "educational")
    static final class Educational {
        @XmlElement
        Duration typicalLearningTime;

        Educational() {}

        Educational(String duration) {
            this.typicalLearningTime = new Duration(duration);
        }
    }

    @XmlType(name = "duration")
    static final class Duration {
        @XmlElement
        String duration;

        Duration() {}

        Duration(String duration) {
            this.duration = duration;
        }
    }

    @XmlType(name = "rights", propOrder = {"cost", "copyrightAndOtherRestrictions", "description"})
    public static final class Rights {
        @XmlElement
        Vocabulary cost = new Vocabulary("no");
        @XmlElement
        Vocabulary copyrightAndOtherRestrictions;
        @XmlElement
        Text description;

        Rights() {}

        /** {@code licence} null when the course names none. */
        public Rights(String licence) {
            this.copyrightAndOtherRestrictions = new Vocabulary(licence == null ? "no" : "yes");
            this.description = licence == null ? null : Text.string("x-none", licence);
        }
    }
}
