/**
 * JAXB-bound classes of the part of IMS Meta-data 1.2.1 (LOM) that a SCORM 1.2 content aggregation carries:
 * general, lifecycle, metametadata, technical, educational and rights, in the order of lomType.
 */
@XmlSchema(namespace = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1", elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = {
            @XmlNs(prefix = "", namespaceURI = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"),
            @XmlNs(prefix = "adlcp", namespaceURI = "http://www.adlnet.org/xsd/adlcp_rootv1p2"),
            @XmlNs(prefix = "imsmd", namespaceURI = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1")
        })
@XmlAccessorType(XmlAccessType.FIELD)
package org.parcours.format.scorm12.manifest.lom;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
