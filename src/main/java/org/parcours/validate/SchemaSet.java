package org.parcours.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A compiled set of XSDs and the way to check a document against it. The bundled sets are Parcours' own
 * schemas from the jar (org/parcours/schemas); {@link #fromTexts} compiles any other set (the official XSDs in
 * tests). Every import and include resolves inside the set's own folder through an {@link LSResourceResolver}:
 * nothing is ever fetched from the network, whatever schemaLocation a schema or a manifest names.
 */
public final class SchemaSet {
    /** One schema violation: line in the document (0 when unknown) and the parser's message. */
    public record Problem(int line, String message) {}

    private static final String BUNDLED = "/org/parcours/schemas/";
    private static final Map<String, SchemaSet> CACHE = new ConcurrentHashMap<>();

    private final Schema schema;

    private SchemaSet(Schema schema) {
        this.schema = schema;
    }

    /** Parcours' SCORM 1.2 schemas: IMS CP 1.1.2 with ADL CP 1.2 and IMS MD 1.2.1. */
    public static SchemaSet scorm12() {
        return bundled("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd");
    }

    /** Parcours' SCORM 2004 4th edition schemas: IMS CP 1.1.4 with ADL CP, SEQ, NAV and IMS SS. */
    public static SchemaSet scorm2004() {
        return bundled("imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd", "imsss_v1p0.xsd");
    }

    public static SchemaSet tincan() {
        return bundled("tincan.xsd");
    }

    public static SchemaSet cmi5() {
        return bundled("CourseStructure.xsd");
    }

    private static SchemaSet bundled(String... files) {
        return CACHE.computeIfAbsent(String.join(",", files), key -> {
            List<String> urls = new ArrayList<>();
            for (String f : files) urls.add(resource(f).toExternalForm());
            return compile(urls, name -> {
                URL u = SchemaSet.class.getResource(BUNDLED + name);
                return u == null ? null : u.toExternalForm();
            });
        });
    }

    /**
     * Compiles XSDs given as texts by file name (the first {@code roots} are compiled, the others are reachable
     * through imports by file name). Tests use it for the official XSDs, read from where they are installed.
     */
    public static SchemaSet fromTexts(Map<String, String> files, List<String> roots) {
        try {
            SchemaFactory factory = secureFactory();
            // the official IMS MD 1.2.1 XSD breaks Unique Particle Attribution (##any wildcards beside its own
            // elements); the validators of its time did not check that constraint, so neither does this one
            factory.setFeature("http://apache.org/xml/features/validation/schema-full-checking", false);
            factory.setResourceResolver(new LocalResolver(name -> files.containsKey(name) ? "mem:" + name : null, files));
            Source[] sources = roots.stream().map(r -> {
                StreamSource s = new StreamSource(new java.io.StringReader(files.get(r)));
                s.setSystemId("mem:" + r);
                return (Source) s;
            }).toArray(Source[]::new);
            return new SchemaSet(factory.newSchema(sources));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile schemas " + roots + ": " + e.getMessage(), e);
        }
    }

    private static URL resource(String file) {
        URL u = SchemaSet.class.getResource(BUNDLED + file);
        if (u == null) throw new IllegalStateException("schema " + file + " is missing from the classpath");
        return u;
    }

    private static SchemaSet compile(List<String> systemIds, java.util.function.Function<String, String> locate) {
        try {
            SchemaFactory factory = secureFactory();
            factory.setResourceResolver(new LocalResolver(locate, Map.of()));
            Source[] sources = systemIds.stream().map(id -> (Source) new StreamSource(id)).toArray(Source[]::new);
            return new SchemaSet(factory.newSchema(sources));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile schemas " + systemIds + ": " + e.getMessage(), e);
        }
    }

    private static SchemaFactory secureFactory() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // only the files named here or handed over by the resolver; never http
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        return factory;
    }

    /** Every violation of the document, in order; empty when it is valid. The document is parsed safely. */
    public List<Problem> check(byte[] xml) {
        List<Problem> problems = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings (an unreachable schemaLocation hint) do not decide validity
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(new Problem(Math.max(e.getLineNumber(), 0), e.getMessage()));
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    problems.add(new Problem(Math.max(e.getLineNumber(), 0), e.getMessage()));
                    throw e;
                }
            });
            var reader = SafeXml.parser().getXMLReader();
            validator.validate(new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXException e) {
            if (problems.isEmpty()) problems.add(new Problem(0, e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(0, e.getMessage()));
        }
        return List.copyOf(problems);
    }

    /** Resolves schema imports by file name inside the set's own folder or jar directory, or refuses them. */
    private record LocalResolver(java.util.function.Function<String, String> locate, Map<String, String> texts)
            implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String name = systemId == null ? null : systemId.substring(systemId.lastIndexOf('/') + 1);
            if ("http://www.w3.org/XML/1998/namespace".equals(namespace) && (name == null || name.isEmpty() || name.equals("xml.xsd"))) {
                name = "ims_xml.xsd";
            }
            String found = name == null ? null : locate.apply(name);
            if (found == null) {
                // an empty input: the import resolves to nothing rather than to the network
                return new Input(publicId, systemId, baseUri, "");
            }
            return new Input(publicId, found, baseUri, texts.get(name));
        }
    }

    private record Input(String publicId, String systemId, String baseURI, String stringData) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) {}
        @Override public InputStream getByteStream() { return null; }
        @Override public void setByteStream(InputStream s) {}
        @Override public String getStringData() { return stringData; }
        @Override public void setStringData(String s) {}
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) {}
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) {}
        @Override public String getBaseURI() { return baseURI; }
        @Override public void setBaseURI(String s) {}
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) {}
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) {}
    }
}
