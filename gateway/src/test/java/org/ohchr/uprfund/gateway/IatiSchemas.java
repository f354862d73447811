package org.ohchr.uprfund.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * IATI's official 2.03 schemas, as copied into the test resources (iati/README.md), and reading what a file says: every
 * IATI file a test obtains is validated with them before anything in it is believed.
 */
public final class IatiSchemas {

    public static final Schema ACTIVITIES = schema("iati-activities-schema.xsd");
    public static final Schema ORGANISATIONS = schema("iati-organisations-schema.xsd");

    private IatiSchemas() {
    }

    /** The file, parsed, once it has validated against the schema; a violation fails with the schema's message. */
    public static Document valid(Schema schema, String xml) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException e) {
            throw new AssertionError("Not valid against IATI's 2.03 schema: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Node> nodes(Object context, String xpath) {
        try {
            NodeList list = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                nodes.add(list.item(i));
            }
            return nodes;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    public static String text(Object context, String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, context);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The sum of the amounts the nodes hold as text, in BigDecimal. */
    public static BigDecimal sum(Object context, String xpath) {
        return nodes(context, xpath).stream().map(node -> new BigDecimal(node.getTextContent().strip())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Schema schema(String file) {
        URL url = IatiSchemas.class.getResource("/iati/" + file);
        if (url == null) {
            throw new IllegalStateException("No /iati/" + file + " on the test class path");
        }
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("IATI schema " + file + " does not load", e);
        }
    }
}
