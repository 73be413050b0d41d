package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays WeCom's side of the callback for tests: builds message and event XML, encrypts it for the corp, signs it,
 * POSTs it to {@code /wecom/callback} over real HTTP, and decrypts passive replies.
 */
public final class WeComCallbackClient {

	private static final AtomicLong MSG_IDS = new AtomicLong(7_000_000_000_000_000_000L);

	private final URI callback;

	private final WeComCrypto crypto;

	private final String corpId;

	private final int agentId;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private volatile Duration requestTimeout;

	WeComCallbackClient(URI callback, String token, String aesKey, String corpId, int agentId) {
		this.callback = callback;
		this.crypto = new WeComCrypto(token, aesKey);
		this.corpId = corpId;
		this.agentId = agentId;
	}

	/** Gives up on a request after {@code timeout} (an {@link java.io.UncheckedIOException}), as WeCom does after 5 s. */
	WeComCallbackClient givingUpAfter(Duration timeout) {
		this.requestTimeout = timeout;
		return this;
	}

	public static long nextMsgId() {
		return MSG_IDS.incrementAndGet();
	}

	// ---- payloads as WeCom writes them ----

	public String text(String from, String content, long msgId) {
		return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName><![CDATA[" + from
				+ "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
				+ "]]></Content><MsgId>" + msgId + "</MsgId><AgentID>" + agentId + "</AgentID></xml>";
	}

	String image(String from, long msgId) {
		return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName><![CDATA[" + from
				+ "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://example.invalid/p.jpg]]>"
				+ "</PicUrl><MediaId><![CDATA[media]]></MediaId><MsgId>" + msgId + "</MsgId><AgentID>" + agentId
				+ "</AgentID></xml>";
	}

	/** A picture with this media id. */
	String image(String from, String mediaId, long msgId) {
		return message(from, msgId, "image", "<PicUrl><![CDATA[http://example.invalid/p.jpg]]></PicUrl><MediaId><![CDATA["
				+ mediaId + "]]></MediaId>");
	}

	String voice(String from, long msgId) {
		return message(from, msgId, "voice", "<MediaId><![CDATA[voice-media]]></MediaId><Format><![CDATA[amr]]></Format>");
	}

	/** A shared location: Location_X is the latitude, Location_Y the longitude. */
	String location(String from, double latitude, double longitude, String label, long msgId) {
		return message(from, msgId, "location", "<Location_X>" + latitude + "</Location_X><Location_Y>" + longitude
				+ "</Location_Y><Scale>15</Scale><Label><![CDATA[" + label + "]]></Label>");
	}

	String file(String from, String mediaId, String title, long msgId) {
		return message(from, msgId, "file", "<Title><![CDATA[" + title + "]]></Title><MediaId><![CDATA[" + mediaId
				+ "]]></MediaId>");
	}

	private String message(String from, long msgId, String type, String fields) {
		return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName><![CDATA[" + from
				+ "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime><MsgType><![CDATA["
				+ type + "]]></MsgType>" + fields + "<MsgId>" + msgId + "</MsgId><AgentID>" + agentId + "</AgentID></xml>";
	}

	String cardClick(String from, String eventKey, String taskId, long createTime) {
		return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName><![CDATA[" + from
				+ "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
				+ "<Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[" + eventKey + "]]></EventKey>"
				+ "<TaskId><![CDATA[" + taskId + "]]></TaskId><CardType><![CDATA[button_interaction]]></CardType>"
				+ "<ResponseCode><![CDATA[rc]]></ResponseCode><AgentID>" + agentId + "</AgentID></xml>";
	}

	String kfNotification(String openKfId, String token, long createTime) {
		return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><CreateTime>" + createTime
				+ "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event>"
				+ "<Token><![CDATA[" + token + "]]></Token><OpenKfId><![CDATA[" + openKfId + "]]></OpenKfId></xml>";
	}

	// ---- requests ----

	/** GET URL verification with a freshly encrypted echostr. */
	HttpResponse<String> verifyUrl(String echo) {
		String timestamp = now();
		String nonce = nonce();
		String encrypted = crypto.encrypt(echo, corpId);
		String query = "msg_signature=" + crypto.signature(timestamp, nonce, encrypted) + "&timestamp=" + timestamp
				+ "&nonce=" + nonce + "&echostr=" + URLEncoder.encode(encrypted, StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(callback + "?" + query)).GET().build());
	}

	/** POSTs a message the way WeCom does (current timestamp, correct signature, our corp as receiveid). */
	public HttpResponse<String> post(String message) {
		return post(message, corpId, now());
	}

	HttpResponse<String> post(String message, String receiveId, String timestamp) {
		String nonce = nonce();
		String encrypted = crypto.encrypt(message, receiveId);
		String body = "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
				+ "]]></Encrypt><AgentID><![CDATA[" + agentId + "]]></AgentID></xml>";
		return postRaw(crypto.signature(timestamp, nonce, encrypted), timestamp, nonce,
				body.getBytes(StandardCharsets.UTF_8));
	}

	/** POSTs exactly these bytes with these query parameters. */
	HttpResponse<String> postRaw(String signature, String timestamp, String nonce, byte[] body) {
		String query = "msg_signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(callback + "?" + query))
			.header("Content-Type", "text/xml")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		Duration timeout = requestTimeout;
		return send(timeout == null ? request.build() : request.timeout(timeout).build());
	}

	/** A correctly signed envelope around an arbitrary (already encrypted or bogus) Encrypt value. */
	HttpResponse<String> postEnvelope(String envelope, String encryptedForSignature) {
		String timestamp = now();
		String nonce = nonce();
		return postRaw(crypto.signature(timestamp, nonce, encryptedForSignature), timestamp, nonce,
				envelope.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Streams a body of {@code size} bytes over a raw socket (fixed length or chunked) while reading the answer, as a
	 * misbehaving client would; returns the HTTP status the server answered with. The server may close the
	 * connection before the body is through: write failures are expected and ignored.
	 */
	int postOversized(long size, boolean chunked) {
		try (java.net.Socket socket = new java.net.Socket(callback.getHost(), callback.getPort())) {
			socket.setSoTimeout(30_000);
			String head = "POST " + callback.getPath() + "?msg_signature=" + "0".repeat(40) + "&timestamp=" + now()
					+ "&nonce=1 HTTP/1.1\r\nHost: " + callback.getHost() + "\r\nContent-Type: text/xml\r\n"
					+ (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n") + "\r\n";
			Thread writer = new Thread(() -> {
				try {
					java.io.OutputStream out = socket.getOutputStream();
					out.write(head.getBytes(StandardCharsets.US_ASCII));
					byte[] block = new byte[64 * 1024];
					java.util.Arrays.fill(block, (byte) 'a');
					for (long sent = 0; sent < size; sent += block.length) {
						if (chunked) {
							out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
						}
						out.write(block);
						if (chunked) {
							out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
						}
					}
					if (chunked) {
						out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
					}
					out.flush();
				}
				catch (IOException ex) {
					// the server stopped reading: that is the point
				}
			});
			writer.setDaemon(true);
			writer.start();
			java.io.BufferedReader in = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			String status = in.readLine();
			return Integer.parseInt(status.split(" ")[1]);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	String encrypt(String message) {
		return crypto.encrypt(message, corpId);
	}

	/** Decrypts a passive reply after checking its signature, as WeCom would. */
	Map<String, String> openReply(String reply) {
		Map<String, String> envelope = SafeXml.fields(reply.getBytes(StandardCharsets.UTF_8));
		if (!crypto.signatureMatches(envelope.get("MsgSignature"), envelope.get("TimeStamp"), envelope.get("Nonce"),
				envelope.get("Encrypt"))) {
			throw new AssertionError("passive reply signature does not verify");
		}
		WeComCrypto.Decrypted decrypted = crypto.decrypt(envelope.get("Encrypt"));
		if (!decrypted.receiveId().equals(corpId)) {
			throw new AssertionError("passive reply for another corp");
		}
		return SafeXml.fields(decrypted.message().getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String now() {
		return Long.toString(Instant.now().getEpochSecond());
	}

	private static String nonce() {
		return Long.toString(System.nanoTime() % 1_000_000_000L);
	}

}
