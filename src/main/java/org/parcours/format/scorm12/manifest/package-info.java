/**
 * JAXB-bound classes of a SCORM 1.2 manifest: IMS Content Packaging 1.1.2 (unprefixed, the default namespace, as
 * Moodle's prefix-blind parser needs), ADL CP 1.2 extensions under the literal prefix {@code adlcp:} and IMS
 * Meta-data 1.2.1 (LOM) under {@code imsmd:}. Element order follows the sequences of the standard's schemas.
 */
@XmlSchema(namespace = Ns.IMSCP, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = {
            @XmlNs(prefix = "", namespaceURI = Ns.IMSCP),
            @XmlNs(prefix = "adlcp", namespaceURI = Ns.ADLCP),
            @XmlNs(prefix = "imsmd", namespaceURI = Ns.IMSMD),
            @XmlNs(prefix = "xsi", namespaceURI = "http://www.w3.org/2001/XMLSchema-instance")
        })
@XmlAccessorType(XmlAccessType.FIELD)
package org.parcours.format.scorm12.manifest;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
