package cn.jiangle.ecojustice.bot.simulator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangle.ecojustice.bot.wecom.WeComCrypto;

/**
 * Stands in for the application's {@code /wecom/callback} in the simulator's own tests: checks each callback with
 * {@link WeComSideCipher} (signature over the query, receiveid), records its plaintext fields, and can answer with a
 * status or a sealed passive reply chosen by the test. {@code @TestComponent} keeps it out of full-application
 * contexts that scan this package.
 */
@TestComponent
@RestController
@RequestMapping("/wecom/callback")
class RecordingCallbackEndpoint {

	record Received(Map<String, String> envelope, Map<String, String> fields, String receiveId, boolean signatureValid,
			long timestamp) {
	}

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final List<String> echoes = new CopyOnWriteArrayList<>();

	private final String token;

	private final String aesKey;

	private final String corpId;

	private volatile int status = 200;

	private volatile String passiveReplyPlainXml;

	RecordingCallbackEndpoint(Environment environment) {
		this.token = environment.getRequiredProperty("wecom.token");
		this.aesKey = environment.getRequiredProperty("wecom.aes-key");
		this.corpId = environment.getRequiredProperty("wecom.corp-id");
	}

	@GetMapping
	String verify(@RequestParam("msg_signature") String signature, @RequestParam String timestamp,
			@RequestParam String nonce, @RequestParam String echostr) throws Exception {
		if (!WeComSideCipher.signature(token, timestamp, nonce, echostr).equals(signature)) {
			return "bad signature";
		}
		String echo = WeComSideCipher.open(aesKey, echostr).message();
		echoes.add(echo);
		return echo;
	}

	@PostMapping
	ResponseEntity<String> receive(@RequestParam("msg_signature") String signature, @RequestParam String timestamp,
			@RequestParam String nonce, @RequestBody String body) throws Exception {
		Map<String, String> envelope = fields(body);
		String encrypted = envelope.get("Encrypt");
		boolean valid = WeComSideCipher.signature(token, timestamp, nonce, encrypted).equals(signature);
		WeComSideCipher.Opened opened = WeComSideCipher.open(aesKey, encrypted);
		received.add(new Received(envelope, fields(opened.message()), opened.receiveId(), valid,
				Long.parseLong(timestamp)));
		if (status != 200) {
			return ResponseEntity.status(HttpStatus.valueOf(status)).body("");
		}
		String reply = passiveReplyPlainXml;
		if (reply == null) {
			return ResponseEntity.ok("");
		}
		WeComCrypto crypto = new WeComCrypto(token, aesKey);
		String ts = Long.toString(Instant.now().getEpochSecond());
		return ResponseEntity.ok(crypto.envelope(crypto.encrypt(reply, corpId), ts, "77889900"));
	}

	List<Received> received() {
		return received;
	}

	Received last() {
		return received.get(received.size() - 1);
	}

	List<String> echoes() {
		return echoes;
	}

	void answerWith(int status) {
		this.status = status;
	}

	void replyPassively(String plainXml) {
		this.passiveReplyPlainXml = plainXml;
	}

	void reset() {
		received.clear();
		echoes.clear();
		status = 200;
		passiveReplyPlainXml = null;
	}

	static Map<String, String> fields(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Element root = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		Map<String, String> fields = new LinkedHashMap<>();
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				fields.put(element.getNodeName(), element.getTextContent());
			}
		}
		return fields;
	}

}
