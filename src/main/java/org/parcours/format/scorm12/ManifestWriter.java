package org.parcours.format.scorm12;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.parcours.format.scorm12.manifest.Manifest;
import org.parcours.format.scorm12.manifest.Ns;

/**
 * Writes a manifest as UTF-8 XML with JAXB, then checks what Moodle's parser needs and JAXB could get wrong:
 * no numeric character reference, {@code <schemaversion>1.2</schemaversion>} with nothing around the value,
 * the {@code adlcp:} prefix literally. A failed check is a bug in Parcours, not in the course.
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
        require(xml.contains("<schemaversion>1.2</schemaversion>"), "schemaversion is not exactly <schemaversion>1.2</schemaversion>");
        require(xml.contains("xmlns:adlcp=\"" + Ns.ADLCP + "\""), "the ADL namespace is not bound to the prefix adlcp");
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
