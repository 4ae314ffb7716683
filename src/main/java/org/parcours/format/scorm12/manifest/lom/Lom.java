package org.parcours.format.scorm12.manifest.lom;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** {@code <imsmd:lom>}: the record of the whole course. Each section is a small nested class in lomType's order. */
@XmlType(propOrder = {"general", "lifecycle", "metametadata", "technical", "educational", "rights"})
public final class Lom {
    @XmlElement
    General general;
    @XmlElement
    Lifecycle lifecycle;
    @XmlElement
    MetaMetadata metametadata;
    @XmlElement
    Technical technical;
    @XmlElement
    Educational educational;
    @XmlElement
    Rights rights;

    Lom() {}

    public Lom(General general, Lifecycle lifecycle, MetaMetadata metametadata, Technical technical,
               Educational educational, Rights rights) {
        this.general = general;
        this.lifecycle = lifecycle;
        this.metametadata = metametadata;
        this.technical = technical;
        this.educational = educational;
        this.rights = rights;
    }

    /** general: identifier, title, catalogentry, language, description, keywords (generalType). */
    @XmlType(name = "general", propOrder = {"identifier", "title", "catalogentry", "language", "description", "keyword"})
    public static final class General {
        @XmlElement
        String identifier;
        @XmlElement
        LangStrings title;
        @XmlElement
        CatalogEntry catalogentry;
        @XmlElement
        String language;
        @XmlElement
        LangStrings description;
        @XmlElement
        List<LangStrings> keyword;

        General() {}

        public General(String identifier, LangStrings title, CatalogEntry catalogentry, String language,
                       LangStrings description, List<LangStrings> keywords) {
            this.identifier = identifier;
            this.title = title;
            this.catalogentry = catalogentry;
            this.language = language;
            this.description = description;
            this.keyword = keywords.isEmpty() ? null : List.copyOf(keywords);
        }
    }

    /** catalogentry: a catalog name and an entry in it (catalogentryType). */
    @XmlType(name = "catalogentry", propOrder = {"catalog", "entry"})
    public static final class CatalogEntry {
        @XmlElement
        String catalog;
        @XmlElement
        LangStrings entry;

        CatalogEntry() {}

        public CatalogEntry(String catalog, LangStrings entry) {
            this.catalog = catalog;
            this.entry = entry;
        }
    }

    /** lifecycle: version, status, contributions (lifecycleType). */
    @XmlType(name = "lifecycle", propOrder = {"version", "status", "contribute"})
    public static final class Lifecycle {
        @XmlElement
        LangStrings version;
        @XmlElement
        Vocabulary status;
        @XmlElement
        List<Contribute> contribute;

        Lifecycle() {}

        public Lifecycle(LangStrings version, Vocabulary status, List<Contribute> contributions) {
            this.version = version;
            this.status = status;
            this.contribute = contributions.isEmpty() ? null : List.copyOf(contributions);
        }
    }

    /** contribute: a role, the people or bodies in it as vCards, a date (contributeType). */
    @XmlType(name = "contribute", propOrder = {"role", "centity", "date"})
    public static final class Contribute {
        @XmlElement
        Vocabulary role;
        @XmlElement
        List<Centity> centity;
        @XmlElement
        DateTime date;

        Contribute() {}

        public Contribute(Vocabulary role, List<String> vcards, String date) {
            this.role = role;
            this.centity = vcards.stream().map(Centity::new).toList();
            this.date = date == null ? null : new DateTime(date);
        }
    }

    /** centity: one vCard. */
    @XmlType(name = "centity")
    public static final class Centity {
        @XmlElement
        String vcard;

        Centity() {}

        Centity(String vcard) {
            this.vcard = vcard;
        }
    }

    /** date or typicallearningtime: a datetime string. */
    @XmlType(name = "datetime")
    public static final class DateTime {
        @XmlElement
        String datetime;

        DateTime() {}

        public DateTime(String datetime) {
            this.datetime = datetime;
        }
    }

    /** metametadata: the scheme and language of this record (metametadataType). */
    @XmlType(name = "metametadata", propOrder = {"metadatascheme", "language"})
    public static final class MetaMetadata {
        @XmlElement
        String metadatascheme;
        @XmlElement
        String language;

        MetaMetadata() {}

        public MetaMetadata(String metadatascheme, String language) {
            this.metadatascheme = metadatascheme;
            this.language = language;
        }
    }

    /** technical: formats and total size in bytes (technicalType). */
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

    /** educational: the typical learning time (educationalType). */
    @XmlType(name = "educational", propOrder = {"typicallearningtime"})
    public static final class Educational {
        @XmlElement
        DateTime typicallearningtime;

        Educational() {}

        public Educational(String typicalLearningTime) {
            this.typicallearningtime = new DateTime(typicalLearningTime);
        }
    }

    /** rights: cost, copyright and other restrictions, and the licence as a description (rightsType). */
    @XmlType(name = "rights", propOrder = {"cost", "copyrightandotherrestrictions", "description"})
    public static final class Rights {
        @XmlElement
        Vocabulary cost;
        @XmlElement
        Vocabulary copyrightandotherrestrictions;
        @XmlElement
        LangStrings description;

        Rights() {}

        public Rights(Vocabulary cost, Vocabulary copyrightandotherrestrictions, LangStrings description) {
            this.cost = cost;
            this.copyrightandotherrestrictions = copyrightandotherrestrictions;
            this.description = description;
        }
    }
}
