package org.parcours.format.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Where the XSD control files of the package root come from (SCORM 1.2 CAM 2.3.2; SCORM 2004 CAM 3.2): by default the project's own
 * schemas/, which the build copies into the jar under org/parcours/schemas/.
 */
@FunctionalInterface
public interface ControlFiles {

    /** The content of a control file such as "imscp_rootv1p1p2.xsd" or "imscp_v1p1.xsd", or empty when this source lacks it. */
    Optional<byte[]> read(String name);

    static ControlFiles classpath() {
        return name -> {
            try (InputStream in = ControlFiles.class.getResourceAsStream("/org/parcours/schemas/" + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the schema " + name, e);
            }
        };
    }
}
