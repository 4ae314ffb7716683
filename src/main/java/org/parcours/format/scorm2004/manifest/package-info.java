/**
 * JAXB-bound classes of a SCORM 2004 4th edition manifest: IMS CP 1.1.4 unprefixed (Moodle's parser is
 * prefix-blind for it), the ADL extensions under the literal prefixes adlcp:, adlseq: and adlnav:, which Moodle
 * matches as written. Element order follows the sequences of the binding.
 */
@XmlSchema(namespace = Ns.IMSCP, elementFormDefault = XmlNsForm.QUALIFIED,
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
package org.parcours.format.scorm2004.manifest;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
