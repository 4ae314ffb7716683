package org.parcours.format.scorm;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a SCORM manifest (1.2 or 2004) as UTF-8 XML with JAXB, then checks what Moodle's parser needs and JAXB
 * could get wrong: no numeric character reference, the schemaversion with nothing around the value, IMS CP
 * unprefixed and each extension namespace under the prefix Moodle matches literally (adlcp:, imsss:). A failed
 * check is a bug in Parcours, not in the course.
 */
public final class ManifestXml {
    private final JAXBContext context;
    private final String schemaLocation;
    private final String imscp;
    private final String schemaVersion;
    private final Map<String, String> prefixes;

    /** {@code prefixes}: prefix → namespace that must be bound to it literally. */
    public ManifestXml(Class<?> root, String schemaLocation, String imscp, String schemaVersion,
                       Map<String, String> prefixes) {
        try {
            this.context = JAXBContext.newInstance(root);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
        this.schemaLocation = schemaLocation;
        this.imscp = imscp;
        this.schemaVersion = schemaVersion;
        this.prefixes = Map.copyOf(prefixes);
    }

    public byte[] write(Object manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Marshaller m = context.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            m.setProperty(Marshaller.JAXB_SCHEMA_LOCATION, schemaLocation);
            m.marshal(manifest, out);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the manifest", e);
        }
        String xml = out.toString(StandardCharsets.UTF_8);
        require(!xml.contains("&#"), "the manifest holds a numeric character reference");
        require(xml.contains("<schemaversion>" + schemaVersion + "</schemaversion>"),
                "schemaversion is not exactly " + schemaVersion);
        prefixes.forEach((prefix, ns) -> require(xml.contains("xmlns:" + prefix + "=\"" + ns + "\""),
                "the namespace " + ns + " is not bound to the prefix " + prefix));
        require(xml.contains("<manifest ") && xml.contains("xmlns=\"" + imscp + "\""), "IMS CP elements are not unprefixed");
        return out.toByteArray();
    }

    private static void require(boolean ok, String what) {
        if (!ok) throw new IllegalStateException(what);
    }
}
