package io.github.campaignkit.core.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

/** Parses a report with the JDK's XML parser and finds its elements by name and class. */
final class Xhtml {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SVG = "http://www.w3.org/2000/svg";

    private Xhtml() {
    }

    /**
     * The document, parsed strictly: any well-formedness error throws (the default handler's
     * fatalError throws, and errors are made fatal too).
     */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every element of the namespace and local name whose class attribute has every given token. */
    static List<Element> find(Document document, String namespace, String name, String... classes) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            List<String> tokens = Arrays.asList(e.getAttribute("class").split("\\s+"));
            if (tokens.containsAll(Arrays.asList(classes))) {
                found.add(e);
            }
        }
        return found;
    }

    /** The element with the given id attribute, or null. */
    static Element byId(Document document, String id) {
        NodeList nodes = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    /** Every element of the given name and class inside an element. */
    static List<Element> findIn(Element root, String namespace, String name, String... classes) {
        NodeList nodes = root.getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (Arrays.asList(e.getAttribute("class").split("\\s+")).containsAll(Arrays.asList(classes))) {
                found.add(e);
            }
        }
        return found;
    }
}
