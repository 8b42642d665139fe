package org.talentbench.exchange.scholarly;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;

/**
 * A small element tree read with StAX, for documents the size of an ORCID record.
 *
 * <p>Security: the JDK's own StAX implementation is used (not whichever provider the class path offers), with DTD
 * support and external entities switched off; a document that declares a DOCTYPE at all is refused, so no entity
 * (external or a "billion laughs" expansion) is ever resolved.
 */
final class XmlTree {
    private static final int MAX_DEPTH = 256;

    private XmlTree() {
    }

    /** One element: names without prefixes, attributes by local name, its own text (stripped on reading). */
    static final class Element {
        final String name;
        final String namespace;
        final Map<String, String> attributes = new HashMap<>();
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final Element parent;
        final int index;
        final int line;

        Element(String name, String namespace, Element parent, int index, int line) {
            this.name = name;
            this.namespace = namespace;
            this.parent = parent;
            this.index = index;
            this.line = line;
        }

        /** The first child with this local name, or null. */
        Element child(String localName) {
            for (Element c : children) {
                if (c.name.equals(localName)) {
                    return c;
                }
            }
            return null;
        }

        List<Element> children(String localName) {
            List<Element> out = new ArrayList<>();
            for (Element c : children) {
                if (c.name.equals(localName)) {
                    out.add(c);
                }
            }
            return out;
        }

        /** The stripped text of the element at the end of a path of child names; null when absent or blank. */
        String text(String... path) {
            Element e = this;
            for (String p : path) {
                e = e.child(p);
                if (e == null) {
                    return null;
                }
            }
            String s = e.text.toString().strip();
            return s.isEmpty() ? null : s;
        }

        Element at(String... path) {
            Element e = this;
            for (String p : path) {
                e = e.child(p);
                if (e == null) {
                    return null;
                }
            }
            return e;
        }

        String attribute(String localName) {
            String v = attributes.get(localName);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** Path from the root with 1-based indexes among same-named siblings, and the line. */
        String location() {
            Deque<String> parts = new ArrayDeque<>();
            for (Element e = this; e != null; e = e.parent) {
                parts.addFirst(e.index > 1 ? e.name + "[" + e.index + "]" : e.name);
            }
            return "/" + String.join("/", parts) + " (line " + line + ")";
        }
    }

    static Element parse(String file, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportException(file, "", ImportCodes.FILE_EMPTY);
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            Element root = null;
            Element current = null;
            Map<Element, Map<String, Integer>> counts = new HashMap<>();
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new ImportException(file, "line " + line(r),
                            ImportCodes.XML_DTD_FORBIDDEN);
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new ImportException(file, "line " + line(r),
                            ImportCodes.XML_DTD_FORBIDDEN);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new ImportException(file, "line " + line(r), ImportCodes.XML_TOO_DEEP, MAX_DEPTH);
                        }
                        String name = r.getLocalName();
                        int index = 1;
                        if (current != null) {
                            Map<String, Integer> c = counts.computeIfAbsent(current, k -> new HashMap<>());
                            index = c.merge(name, 1, Integer::sum);
                        }
                        Element e = new Element(name, r.getNamespaceURI(), current, index, line(r));
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            e.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if (current == null) {
                            root = e;
                        } else {
                            current.children.add(e);
                        }
                        current = e;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        counts.remove(current);
                        current = current == null ? null : current.parent;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (current != null) {
                            current.text.append(r.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions, document start/end
                    }
                }
            }
            if (root == null) {
                throw new ImportException(file, "", ImportCodes.XML_MALFORMED, 0, 0, "no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            int line = at == null ? 0 : at.getLineNumber();
            int column = at == null ? 0 : at.getColumnNumber();
            throw new ImportException(file, "line " + line + ", column " + column, ImportCodes.XML_MALFORMED,
                    line, column, e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            // the JDK parser reports some malformed input (bad encodings, limits) as unchecked exceptions
            throw new ImportException(file, "", ImportCodes.XML_MALFORMED, 0, 0, String.valueOf(e.getMessage()));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing was held open but the byte array
                }
            }
        }
    }

    private static int line(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null ? 0 : l.getLineNumber();
    }
}
