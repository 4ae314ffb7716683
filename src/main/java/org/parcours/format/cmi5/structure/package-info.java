/**
 * JAXB bindings of the cmi5 course structure, cmi5.xml (namespace
 * https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd): course, blocks and assignable units.
 */
@XmlSchema(namespace = CourseStructure.NS, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = CourseStructure.NS))
@XmlAccessorType(XmlAccessType.FIELD)
package org.parcours.format.cmi5.structure;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
