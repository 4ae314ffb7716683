package org.parcours.format.scorm2004;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.parcours.format.scorm2004.manifest.Manifest;
import org.parcours.format.scorm2004.manifest.Ns;

/**
 * Writes a SCORM 2004 manifest as UTF-8 XML with JAXB, then checks what Moodle's parser needs and JAXB could get
 * wrong: no numeric character reference, the schemaversion exactly "2004 4th Edition", IMS CP unprefixed and
 * the extensions under the prefixes Moodle matches literally (adlcp:, imsss:). A failed check is a bug.
 */
final class ManifestWriter {
    private static final JAXBContext CONTEXT = context();

    private ManifestWriter() {}

    static byte[] write(Manifest manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Marshaller m = CONTEXT.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            m.setProperty(Marshaller.JAXB_SCHEMA_LOCATION, Ns.SCHEMA_LOCATION);
            m.marshal(manifest, out);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the manifest", e);
        }
        String xml = out.toString(StandardCharsets.UTF_8);
        require(!xml.contains("&#"), "the manifest holds a numeric character reference");
        require(xml.contains("<schemaversion>2004 4th Edition</schemaversion>"), "schemaversion is not exactly 2004 4th Edition");
        require(xml.contains("xmlns:adlcp=\"" + Ns.ADLCP + "\""), "the ADL CP namespace is not bound to the prefix adlcp");
        require(xml.contains("xmlns:imsss=\"" + Ns.IMSSS + "\""), "the IMS SS namespace is not bound to the prefix imsss");
        require(xml.contains("<manifest ") && xml.contains("xmlns=\"" + Ns.IMSCP + "\""), "IMS CP elements are not unprefixed");
        return out.toByteArray();
    }

    private static void require(boolean ok, String what) {
        if (!ok) throw new IllegalStateException(what);
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(Manifest.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
