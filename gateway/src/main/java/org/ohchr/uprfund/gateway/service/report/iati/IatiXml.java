package org.ohchr.uprfund.gateway.service.report.iati;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ohchr.uprfund.gateway.domain.Money;

/**
 * An IATI XML document written element by element, indented. Text and attributes are escaped, and characters XML 1.0
 * cannot hold (control characters a producer's free text may carry) are replaced, so the file always parses.
 */
final class IatiXml {

    static final String CURRENCY = "USD";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements yet (its end tag then goes on a line of its own). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    IatiXml() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; attributes as name, value pairs, a null value leaving the attribute out. */
    IatiXml open(String name, String... attributes) {
        return write(() -> {
            startLine();
            xml.writeStartElement(name);
            attributes(attributes);
            open.push(new boolean[] { false });
        });
    }

    IatiXml close() {
        return write(() -> {
            if (open.pop()[0]) {
                newLine(open.size());
            }
            xml.writeEndElement();
        });
    }

    IatiXml empty(String name, String... attributes) {
        return write(() -> {
            startLine();
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    /** An element holding text only. */
    IatiXml text(String name, String text, String... attributes) {
        return write(() -> {
            startLine();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(xmlSafe(text));
            xml.writeEndElement();
        });
    }

    /** An element holding one narrative, as IATI's text elements do. */
    IatiXml narrative(String name, String text, String... attributes) {
        return open(name, attributes).text("narrative", text).close();
    }

    /** An amount in US dollars to the cent, with its currency and value date. */
    IatiXml value(String name, BigDecimal amountUsd, LocalDate valueDate) {
        return text(name, Money.usd(amountUsd).toPlainString(), "currency", CURRENCY, "value-date", valueDate.toString());
    }

    IatiXml period(LocalDate start, LocalDate end) {
        return empty("period-start", "iso-date", start.toString()).empty("period-end", "iso-date", end.toString());
    }

    byte[] finish() {
        while (!open.isEmpty()) {
            close();
        }
        write(() -> {
            xml.writeEndDocument();
            xml.close();
        });
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writing to a string fails only on misuse (such as an end with nothing open): unchecked. */
    private IatiXml write(Writing writing) {
        try {
            writing.write();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Writing {
        void write() throws XMLStreamException;
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            if (attributes[i].equals("xml:lang")) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", attributes[i + 1]);
            } else {
                xml.writeAttribute(attributes[i], xmlSafe(attributes[i + 1]));
            }
        }
    }

    private void startLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        newLine(open.size());
    }

    private void newLine(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The text with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return safe.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }
}
