package cn.jiangle.ecojustice.bot.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import cn.jiangle.ecojustice.bot.wecom.WeComCrypto;

/**
 * WeCom's side of the callback protocol: encrypts and signs a callback exactly as WeCom does (the channel's own
 * {@link WeComCrypto}, receiveid = the corp id), POSTs it to {@code /wecom/callback} over real HTTP and reads a
 * passive reply if one comes back; also performs the console's URL verification (GET with {@code echostr}).
 */
final class CallbackClient {

	/** What the callback endpoint answered. */
	record Delivery(int status, Map<String, String> passiveReply) {

		boolean accepted() {
			return status >= 200 && status < 300;
		}

	}

	private static final DocumentBuilderFactory XML = hardenedXml();

	private final SimulatedCorp corp;

	private final WeComCrypto crypto;

	private final WxCryptUtil replyCrypto;

	private final HttpClient http;

	private final Duration timeout;

	private final Supplier<URI> endpoint;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param endpoint resolved per call: the server's port is only known once it listens
	 */
	CallbackClient(SimulatedCorp corp, Duration timeout, Supplier<URI> endpoint, Clock clock) {
		this.corp = corp;
		this.crypto = new WeComCrypto(corp.token(), corp.aesKey());
		// WeComCrypto keeps decryption to the channel; a passive reply is read with WxJava's implementation instead,
		// which also cross-checks the channel's encryption against a second implementation of the protocol.
		this.replyCrypto = new WxCryptUtil(corp.token(), corp.aesKey(), corp.corpId());
		this.timeout = timeout;
		this.endpoint = endpoint;
		this.clock = clock;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
	}

	/**
	 * Encrypts, signs and POSTs one callback whose plaintext is {@code plainXml}.
	 * @throws CallbackUnreachable if nothing answered in time
	 */
	Delivery post(String plainXml) {
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		String nonce = nonce();
		String encrypted = crypto.encrypt(plainXml, corp.corpId());
		String signature = crypto.signature(timestamp, nonce, encrypted);
		String envelope = new CallbackXml().text("ToUserName", corp.corpId()).text("Encrypt", encrypted)
			.text("AgentID", Integer.toString(corp.agentId())).build();
		HttpRequest request = HttpRequest.newBuilder(withQuery(Map.of("msg_signature", signature, "timestamp",
				timestamp, "nonce", nonce)))
			.timeout(timeout)
			.header("Content-Type", "text/xml; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = send(request);
		Map<String, String> reply = null;
		String body = response.body();
		if (response.statusCode() == 200 && body != null && body.strip().startsWith("<xml")) {
			reply = readPassiveReply(body);
		}
		return new Delivery(response.statusCode(), reply);
	}

	/**
	 * The admin console's check when the callback URL is saved: a GET with an encrypted random {@code echostr} that
	 * the application must answer with the plaintext.
	 * @return true if the endpoint echoed the right plaintext
	 */
	boolean verifyUrl() {
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		String nonce = nonce();
		String echo = Long.toString(Math.abs(random.nextLong()));
		String echostr = crypto.encrypt(echo, corp.corpId());
		Map<String, String> query = new LinkedHashMap<>();
		query.put("msg_signature", crypto.signature(timestamp, nonce, echostr));
		query.put("timestamp", timestamp);
		query.put("nonce", nonce);
		query.put("echostr", echostr);
		HttpRequest request = HttpRequest.newBuilder(withQuery(query)).timeout(timeout).GET().build();
		HttpResponse<String> response = send(request);
		return response.statusCode() == 200 && echo.equals(response.body().strip());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new CallbackUnreachable(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CallbackUnreachable(ex);
		}
	}

	/** A passive reply: verified against our token and decrypted; refused like WeCom ignores a bad one. */
	private Map<String, String> readPassiveReply(String body) {
		Map<String, String> outer = fields(body);
		String encrypted = outer.getOrDefault("Encrypt", "");
		String expected = crypto.signature(outer.getOrDefault("TimeStamp", ""), outer.getOrDefault("Nonce", ""),
				encrypted);
		if (encrypted.isEmpty() || !expected.equals(outer.get("MsgSignature"))) {
			throw new PassiveReplyInvalid("signature does not match");
		}
		try {
			return fields(replyCrypto.decrypt(encrypted));
		}
		catch (WxRuntimeException ex) {
			throw new PassiveReplyInvalid("does not decrypt for this corp");
		}
	}

	private URI withQuery(Map<String, String> query) {
		StringBuilder uri = new StringBuilder(endpoint.get().toString());
		char separator = '?';
		for (Map.Entry<String, String> parameter : query.entrySet()) {
			uri.append(separator).append(parameter.getKey()).append('=')
				.append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
			separator = '&';
		}
		return URI.create(uri.toString());
	}

	private String nonce() {
		return Long.toString(1_000_000_000L + random.nextInt(1_000_000_000));
	}

	private static Map<String, String> fields(String xml) {
		Element root;
		try {
			root = XML.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
				.getDocumentElement();
		}
		catch (SAXException | IOException | ParserConfigurationException ex) {
			throw new PassiveReplyInvalid("not well-formed XML");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		collect(root, "", fields);
		return Collections.unmodifiableMap(fields);
	}

	/** Flattens nested elements to dotted names (e.g. {@code Button.ReplaceName}). */
	private static void collect(Element element, String prefix, Map<String, String> into) {
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child instanceof Element nested) {
				String name = prefix + nested.getNodeName();
				boolean leaf = true;
				for (Node n = nested.getFirstChild(); n != null; n = n.getNextSibling()) {
					leaf &= !(n instanceof Element);
				}
				if (leaf) {
					into.putIfAbsent(name, nested.getTextContent());
				}
				else {
					collect(nested, name + ".", into);
				}
			}
		}
	}

	private static DocumentBuilderFactory hardenedXml() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("JAXP parser cannot be hardened", ex);
		}
	}

}
