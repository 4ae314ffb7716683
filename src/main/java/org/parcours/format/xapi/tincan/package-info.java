/**
 * JAXB bindings of the TinCan package manifest, tincan.xml (namespace http://projecttincan.com/tincan.xsd), as
 * far as Parcours writes it: activities with names, descriptions, launch and cmi.interaction definitions.
 */
@XmlSchema(namespace = TincanXml.NS, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = TincanXml.NS))
@XmlAccessorType(XmlAccessType.FIELD)
package org.parcours.format.xapi.tincan;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
