package cn.jiangle.ecojustice.bot.wecom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses WeCom's flat {@code <xml><Name>value</Name>…</xml>} documents with DOCTYPE declarations refused outright, so
 * neither external entities (XXE) nor entity expansion (billion laughs) can be smuggled in, before or after
 * decryption.
 */
final class SafeXml {

	private static final DocumentBuilderFactory FACTORY = hardenedFactory();

	private static final ErrorHandler SILENT = new ErrorHandler() {

		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) throws SAXException {
			throw ex;
		}

		@Override
		public void fatalError(SAXParseException ex) throws SAXException {
			throw ex;
		}

	};

	private SafeXml() {
	}

	/**
	 * The root's child elements as name → text (nested elements flattened to their text). Repeated names keep the first.
	 * @throws CallbackRejected.Malformed on anything that is not such a document
	 */
	static Map<String, String> fields(byte[] xml) {
		Element root;
		try {
			DocumentBuilder builder;
			synchronized (FACTORY) {
				builder = FACTORY.newDocumentBuilder();
			}
			// the default handler prints parse errors to stderr
			builder.setErrorHandler(SILENT);
			root = builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
		}
		catch (SAXException | IOException ex) {
			throw new CallbackRejected.Malformed("not well-formed XML or has a DOCTYPE");
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("JAXP parser cannot be hardened", ex);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		NodeList children = root.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child.getNodeType() == Node.ELEMENT_NODE) {
				fields.putIfAbsent(child.getNodeName(), child.getTextContent().strip());
			}
		}
		return Collections.unmodifiableMap(fields);
	}

	private static DocumentBuilderFactory hardenedFactory() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(false);
			return factory;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("JAXP parser cannot be hardened", ex);
		}
	}

}
