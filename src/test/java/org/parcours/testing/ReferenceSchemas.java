package org.parcours.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The official XSDs kept outside the repository in shared/reference-schemas/ (never copied into it). Where the
 * folder is absent (a user's fresh clone) the calling test says so and is skipped, or fails under CI=true.
 */
public final class ReferenceSchemas {
    public static final Path DIR = Shared.path("reference-schemas");

    private ReferenceSchemas() {}

    /** Validates {@code xml} against {@code relative} (e.g. "tincan/tincan.xsd"); returns every error found. */
    public static List<String> errors(String relative, byte[] xml) throws Exception {
        Path xsd = DIR.resolve(relative);
        Needs.file(xsd, "the official schema " + relative, "it lives in shared/reference-schemas/ beside the clone");
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Validator v = f.newSchema(xsd.toFile()).newValidator();
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {}
            public void error(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
            public void fatalError(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
        });
        v.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
        return errors;
    }

    public static void assertValid(String relative, byte[] xml) throws Exception {
        assertThat(errors(relative, xml)).as("errors against the official " + relative).isEmpty();
    }
}
