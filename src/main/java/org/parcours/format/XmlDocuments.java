package org.parcours.format;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Marshals a JAXB-bound manifest to UTF-8 bytes: indented, with the XML declaration, same object → same bytes. */
public final class XmlDocuments {
    private XmlDocuments() {}

    public static byte[] marshal(Object root) {
        try {
            Marshaller m = JAXBContext.newInstance(root.getClass()).createMarshaller();
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            m.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            StringWriter out = new StringWriter();
            m.marshal(root, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (JAXBException e) {
            throw new IllegalStateException("the manifest classes are not bound correctly", e);
        }
    }
}
