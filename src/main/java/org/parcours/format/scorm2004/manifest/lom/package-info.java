/**
 * JAXB-bound classes of the IEEE LOM record that a SCORM 2004 manifest carries inline (CAM 4): the course's
 * general, life cycle, meta-metadata, technical, educational and rights data.
 */
@XmlSchema(namespace = Ns.LOM, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = {
            @XmlNs(prefix = "", namespaceURI = Ns.IMSCP),
            @XmlNs(prefix = "adlcp", namespaceURI = Ns.ADLCP),
            @XmlNs(prefix = "adlseq", namespaceURI = Ns.ADLSEQ),
            @XmlNs(prefix = "adlnav", namespaceURI = Ns.ADLNAV),
            @XmlNs(prefix = "imsss", namespaceURI = Ns.IMSSS),
            @XmlNs(prefix = "lom", namespaceURI = Ns.LOM),
            @XmlNs(prefix = "xsi", namespaceURI = "http://www.w3.org/2001/XMLSchema-instance")
        })
@XmlAccessorType(XmlAccessType.FIELD)
package org.parcours.format.scorm2004.manifest.lom;

import org.parcours.format.scorm2004.manifest.Ns;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
