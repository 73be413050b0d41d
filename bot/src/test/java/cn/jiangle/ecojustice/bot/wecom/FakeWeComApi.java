package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeCom's server API on loopback, for end-to-end tests: gettoken, message/send, appchat/create and send, webhook/send,
 * kf/sync_msg, kf/send_msg and kf/send_msg_on_event, media/upload (multipart; the files are kept by media id),
 * media/get (what users sent, registered with {@link #addMedia}, and what was uploaded; 40007 once expired) and
 * kf/service_state/trans and get. Records every request; on demand answers with an errcode (-1,
 * 45009, 45033…), an HTTP 502 or a dropped connection, takes a message and then hangs before answering, fails a
 * random share of calls, and expires (42001) or invalidates (40014) the tokens issued so far. Like WeCom, message/send
 * with {@code enable_duplicate_check} drops (and answers ok) a message of the same content to the same member delivered
 * within {@code duplicate_check_interval}. Several application nodes can share one fake, each under
 * {@link #baseUrl(String)}, so calls say which node made them. Held in a test class's static
 * {@code @RegisterExtension} field, it stops after the class.
 */
public final class FakeWeComApi implements AutoCloseable, AfterAllCallback {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * What the call being handled on this thread will be answered with. Not an exchange attribute: the JDK server
	 * keeps those per context, shared by all exchanges at once.
	 */
	private static final ThreadLocal<Pending> PENDING = ThreadLocal.withInitial(Pending::new);

	private static final class Pending {

		byte[] response;

		boolean hang;

		boolean filtered;

		byte[] raw;

		String contentType;

		/** The answer's Content-Type when it is not JSON (media/get serves the file itself). */
		String responseType;

		String disposition;

	}

	/** A file uploaded with media/upload: what a message with its media id shows. */
	record Media(String mediaId, String type, String fileName, byte[] bytes) {
	}

	/** A picture or file a user sent, served by media/get until it expires. */
	public record Sent(String fileName, String contentType, byte[] bytes) {
	}

	/**
	 * One request as received, and the errcode it was answered with (0 = accepted; HTTP failures and dropped
	 * connections are recorded as -502 and -2).
	 *
	 * @param node the node that called, when it used {@link #baseUrl(String)}, else ""
	 * @param filtered accepted but dropped by WeCom's duplicate check: not delivered
	 * @param hung accepted, then answered only after a hang (the caller may have timed out)
	 */
	record Call(String path, Map<String, String> query, String body, Instant at, long nanos, int answered,
			String node, boolean filtered, boolean hung) {

		boolean accepted() {
			return answered == 0;
		}

		/** Accepted and not dropped as a duplicate: the recipient sees it. */
		boolean delivered() {
			return answered == 0 && !filtered;
		}

		JsonNode json() {
			return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
		}

	}

	private enum Failure {

		ERRCODE, HTTP_502, DROP, HANG

	}

	private record Planned(Failure failure, int errcode) {
	}

	private static final Set<String> SEND_PATHS = Set.of("/cgi-bin/message/send", "/cgi-bin/appchat/send",
			"/cgi-bin/webhook/send", "/cgi-bin/kf/send_msg", "/cgi-bin/kf/send_msg_on_event");

	/** Random faults: the share of calls that fail and of sends that hang. */
	private record Chaos(double failureRate, double hangRate, Random random, boolean http502Only) {
	}

	private volatile Chaos chaos;

	private volatile long hangMillis = 15_000;

	private final String corpId;

	private final String secret;

	private final HttpServer server;

	private final ExecutorService executor;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Planned>> planned = new ConcurrentHashMap<>();

	private final Set<String> validTokens = ConcurrentHashMap.newKeySet();

	private final Set<String> expiredTokens = ConcurrentHashMap.newKeySet();

	private final AtomicInteger tokenCounter = new AtomicInteger();

	private final AtomicInteger idCounter = new AtomicInteger();

	private final Map<String, List<Map<String, Object>>> kfMessages = new ConcurrentHashMap<>();

	private final Set<String> invalidUsers = ConcurrentHashMap.newKeySet();

	private volatile long tokenDelayMillis;

	private volatile CountDownLatch kfSyncGate = new CountDownLatch(0);

	private final AtomicInteger kfSyncsHeld = new AtomicInteger();

	private final Map<String, Media> media = new ConcurrentHashMap<>();

	private final Map<String, Sent> sentMedia = new ConcurrentHashMap<>();

	private final Set<String> activeServicers = ConcurrentHashMap.newKeySet();

	/** 微信客服 session state per open_kfid + external_userid (kf/service_state/trans and get). */
	private final Map<String, Map<String, Object>> serviceStates = new ConcurrentHashMap<>();


	private FakeWeComApi(String corpId, String secret) throws IOException {
		this.corpId = corpId;
		this.secret = secret;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
		// hanging answers hold a thread each: enough threads that they never delay the answers to other calls
		this.executor = Executors.newFixedThreadPool(64);
		this.server.setExecutor(executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static FakeWeComApi start(String corpId, String secret) {
		try {
			return new FakeWeComApi(corpId, secret);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The API root for one of several application nodes sharing this fake; their calls carry {@code node}. */
	public String baseUrl(String node) {
		return baseUrl() + "/node/" + node;
	}

	@Override
	public void close() {
		kfSyncGate.countDown();
		server.stop(0);
		executor.shutdownNow();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

	// ---- what the tests look at ----

	List<Call> calls(String path) {
		return calls.stream().filter(call -> call.path().equals(path)).toList();
	}

	List<Call> calls() {
		return List.copyOf(calls);
	}

	/** Delivered message/send bodies addressed to one user, in arrival order. */
	public List<JsonNode> messagesTo(String userId) {
		return calls("/cgi-bin/message/send").stream()
			.filter(Call::delivered)
			.map(Call::json)
			.filter(json -> userId.equals(json.path("touser").asString()))
			.toList();
	}

	/** The text (or markdown) content of messages to one user. */
	List<String> textsTo(String userId) {
		return messagesTo(userId).stream().map(json -> {
			String type = json.path("msgtype").asString();
			return json.path(type).path("content").asString();
		}).toList();
	}

	int tokensIssued() {
		return (int) calls("/cgi-bin/gettoken").stream().filter(Call::accepted).count();
	}

	// ---- behaviour on demand ----

	/** From now on each call (any path) answers HTTP 502 with probability {@code rate}: a flaky network. */
	public void failRandomly(double rate, long seed) {
		chaos = new Chaos(rate, 0, new Random(seed), true);
	}

	/** How many calls to {@code path} were accepted, and how many failed. */
	public long[] acceptedAndFailed(String path) {
		List<Call> all = calls(path);
		long accepted = all.stream().filter(Call::accepted).count();
		return new long[] { accepted, all.size() - accepted };
	}

	/** Accepted group-robot message bodies (webhook key in the query), in arrival order. */
	public List<JsonNode> acceptedRobotMessages() {
		return calls("/cgi-bin/webhook/send").stream().filter(Call::accepted).map(Call::json).toList();
	}

	/** The next {@code times} calls to {@code path} answer with {@code errcode}. */
	void failNext(String path, int errcode, int times) {
		plan(path, new Planned(Failure.ERRCODE, errcode), times);
	}

	/** The next {@code times} calls to {@code path} answer HTTP 502. */
	void badGatewayNext(String path, int times) {
		plan(path, new Planned(Failure.HTTP_502, 0), times);
	}

	/** The next {@code times} calls to {@code path} get their connection closed without an answer. */
	void dropNext(String path, int times) {
		plan(path, new Planned(Failure.DROP, 0), times);
	}

	/**
	 * The next {@code times} calls to {@code path} are taken (a send is delivered) but answered only after the hang
	 * set by {@link #hangFor} (15 s unless set): a caller with a shorter read timeout cannot know the outcome.
	 */
	void hangNext(String path, int times) {
		plan(path, new Planned(Failure.HANG, 0), times);
	}

	void hangFor(Duration hang) {
		hangMillis = hang.toMillis();
	}

	/**
	 * From now on, {@code failureRate} of all calls fail (errcode -1, HTTP 502 or a dropped connection, in equal
	 * shares) and {@code hangRate} of the sends that get through hang as with {@link #hangNext}; seeded, so a run's
	 * random draws repeat (their order follows the calls').
	 */
	void chaos(double failureRate, double hangRate, Duration hang, long seed) {
		hangMillis = hang.toMillis();
		chaos = new Chaos(failureRate, hangRate, new Random(seed), false);
	}

	/** Tokens issued so far answer 42001 (expired) from now on. */
	void expireTokens() {
		expiredTokens.addAll(validTokens);
		validTokens.clear();
	}

	/** Tokens issued so far answer 40014 (invalid) from now on. */
	void invalidateTokens() {
		validTokens.clear();
	}

	/** message/send to this user succeeds but lists it under invaliduser. */
	void treatAsInvalidUser(String userId) {
		invalidUsers.add(userId);
	}

	/** gettoken answers only after this delay (to make concurrent refreshes overlap). */
	void delayTokens(long millis) {
		tokenDelayMillis = millis;
	}

	/** kf/sync_msg calls wait (as a very slow WeCom would) until {@link #releaseKfSync()}. */
	void holdKfSync() {
		kfSyncGate = new CountDownLatch(1);
	}

	void releaseKfSync() {
		kfSyncGate.countDown();
	}

	/** kf/sync_msg calls waiting at the gate right now. */
	int kfSyncsHeld() {
		return kfSyncsHeld.get();
	}

	/** A customer's text message waiting to be pulled with kf/sync_msg. */
	String addKfText(String openKfId, String externalUserId, String text) {
		return addKfMessage(openKfId, Map.of("origin", 3, "external_userid", externalUserId, "msgtype", "text", "text",
				Map.of("content", text)));
	}

	/** A customer's click on a menu item. */
	String addKfMenuClick(String openKfId, String externalUserId, String menuId, String text) {
		return addKfMessage(openKfId, Map.of("origin", 3, "external_userid", externalUserId, "msgtype", "text", "text",
				Map.of("content", text, "menu_id", menuId)));
	}

	/** A customer entering the session from a 微信客服 link with scene_param. */
	String addKfEnterSession(String openKfId, String externalUserId, String scene, String sceneParam,
			String welcomeCode) {
		return addKfMessage(openKfId, Map.of("origin", 4, "msgtype", "event", "event",
				Map.of("event_type", "enter_session", "open_kfid", openKfId, "external_userid", externalUserId, "scene",
						scene, "scene_param", sceneParam, "welcome_code", welcomeCode)));
	}

	/** A customer's picture, as WeCom hands it over: a media id. */
	String addKfImage(String openKfId, String externalUserId, String mediaId) {
		return addKfMessage(openKfId, Map.of("origin", 3, "external_userid", externalUserId, "msgtype", "image",
				"image", Map.of("media_id", mediaId)));
	}

	/** A customer's file. */
	String addKfFile(String openKfId, String externalUserId, String mediaId) {
		return addKfMessage(openKfId, Map.of("origin", 3, "external_userid", externalUserId, "msgtype", "file", "file",
				Map.of("media_id", mediaId)));
	}

	/** A customer's shared location. */
	String addKfLocation(String openKfId, String externalUserId, double latitude, double longitude, String name,
			String address) {
		return addKfMessage(openKfId, Map.of("origin", 3, "external_userid", externalUserId, "msgtype", "location",
				"location", Map.of("latitude", latitude, "longitude", longitude, "name", name, "address", address)));
	}

	/**
	 * A session state change (kf session_status_change): 1 a servicer took it from the pool, 2 transferred, 3 ended,
	 * 4 a servicer re-opened an ended session.
	 */
	String addKfSessionChange(String openKfId, String externalUserId, int changeType, String newServicer) {
		return addKfMessage(openKfId, Map.of("origin", 4, "msgtype", "event", "event",
				Map.of("event_type", "session_status_change", "open_kfid", openKfId, "external_userid",
						externalUserId, "change_type", changeType, "new_servicer_userid", newServicer)));
	}

	/** Servicers 正在接待: hand-overs to anyone else are refused with 95014 (empty: anyone is accepted). */
	void servicersServing(String... userids) {
		activeServicers.clear();
		activeServicers.addAll(List.of(userids));
	}

	/**
	 * A picture or file a user sends, as WeCom keeps it for 3 days: media/get serves it with its Content-Type and a
	 * Content-disposition naming the file. @return its media id, for an image or file message
	 */
	public String addMedia(String fileName, String contentType, byte[] bytes) {
		String mediaId = "media-sent-" + idCounter.incrementAndGet();
		sentMedia.put(mediaId, new Sent(fileName, contentType, bytes));
		return mediaId;
	}

	/** media/get answers 40007 (invalid media_id) for it from now on, as WeCom does after 3 days. */
	public void expireMedia(String mediaId) {
		sentMedia.remove(mediaId);
		media.remove(mediaId);
	}

	/** How many media/get calls were answered with content. */
	public int mediaServed() {
		return (int) calls("/cgi-bin/media/get").stream().filter(Call::accepted).count();
	}

	/** An uploaded file by media id. */
	Media media(String mediaId) {
		return media.get(mediaId);
	}

	/** Accepted kf/send_msg messages to one customer, in arrival order (welcome messages carry no touser). */
	List<JsonNode> kfMessagesTo(String externalUserId) {
		return calls().stream()
			.filter(call -> call.path().equals("/cgi-bin/kf/send_msg") || call.path().equals("/cgi-bin/kf/send_msg_on_event"))
			.filter(Call::accepted)
			.map(Call::json)
			.filter(json -> externalUserId.equals(json.path("touser").asString()))
			.toList();
	}

	/** The session state kf/service_state/trans left for a customer (0 when never changed). */
	int serviceState(String openKfId, String externalUserId) {
		return ((Number) serviceStates.getOrDefault(openKfId + "/" + externalUserId, Map.of("service_state", 0))
			.get("service_state")).intValue();
	}

	private String addKfMessage(String openKfId, Map<String, Object> fields) {
		String msgId = "kfmsg-" + idCounter.incrementAndGet();
		Map<String, Object> message = new LinkedHashMap<>(fields);
		message.put("msgid", msgId);
		message.put("open_kfid", openKfId);
		message.put("send_time", Instant.now().getEpochSecond());
		kfMessages.computeIfAbsent(openKfId, key -> new CopyOnWriteArrayList<>()).add(message);
		return msgId;
	}

	void reset() {
		calls.clear();
		planned.clear();
		invalidUsers.clear();
		activeServicers.clear();
		tokenDelayMillis = 0;
		kfSyncGate.countDown();
		chaos = null;
	}

	private void plan(String path, Planned failure, int times) {
		Deque<Planned> queue = planned.computeIfAbsent(path, key -> new ArrayDeque<>());
		synchronized (queue) {
			for (int i = 0; i < times; i++) {
				queue.add(failure);
			}
		}
	}

	private Planned nextPlanned(String path) {
		Deque<Planned> queue = planned.get(path);
		if (queue == null) {
			return null;
		}
		synchronized (queue) {
			return queue.poll();
		}
	}

	// ---- the protocol ----

	private void handle(HttpExchange exchange) throws IOException {
		// a call that failed half-way on this thread leaves nothing behind for the next
		PENDING.remove();
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String node = "";
			if (path.startsWith("/node/")) {
				int end = path.indexOf('/', "/node/".length());
				node = path.substring("/node/".length(), end);
				path = path.substring(end);
			}
			Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				byte[] raw = in.readAllBytes();
				if (path.equals("/cgi-bin/media/upload")) {
					// binary multipart: recorded as a summary, parsed when answered
					PENDING.get().raw = raw;
					PENDING.get().contentType = exchange.getRequestHeaders().getFirst("Content-Type");
					body = JSON.writeValueAsString(Map.of("type", String.valueOf(query.get("type")), "size",
							raw.length));
				}
				else {
					body = new String(raw, StandardCharsets.UTF_8);
				}
			}
			long received = System.nanoTime();
			int answered = answer(exchange, path, query, body);
			// recorded before the answer is sent: a test that looks right after its request returns must see it
			Pending pending = PENDING.get();
			PENDING.remove();
			boolean hung = pending.hang && answered == 0;
			calls.add(new Call(path, query, body, Instant.now(), received, answered, node, pending.filtered, hung));
			if (hung) {
				try {
					Thread.sleep(hangMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			if (pending.response != null) {
				byte[] bytes = pending.response;
				exchange.getResponseHeaders().set("Content-Type",
						pending.responseType != null ? pending.responseType : "application/json; charset=UTF-8");
				if (pending.disposition != null) {
					exchange.getResponseHeaders().set("Content-disposition", pending.disposition);
				}
				exchange.sendResponseHeaders(200, bytes.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
		}
	}

	private int answer(HttpExchange exchange, String path, Map<String, String> query, String body)
			throws IOException {
		Planned failure = nextPlanned(path);
		if (failure == null) {
			failure = chaotic(path);
		}
		if (failure != null) {
			switch (failure.failure()) {
				case ERRCODE -> {
					return respond(exchange, Map.of("errcode", failure.errcode(), "errmsg", "planned failure"));
				}
				case HTTP_502 -> {
					exchange.sendResponseHeaders(502, -1);
					return -502;
				}
				case DROP -> {
					// closing before any response header: the client sees the connection end
					exchange.close();
					return -2;
				}
				case HANG -> PENDING.get().hang = true;
			}
		}
		if (path.equals("/cgi-bin/gettoken")) {
			return getToken(exchange, query);
		}
		if (path.equals("/cgi-bin/webhook/send")) {
			return respond(exchange, Map.of("errcode", 0, "errmsg", "ok"));
		}
		String token = query.get("access_token");
		if (token == null || !validTokens.contains(token)) {
			int errcode = token != null && expiredTokens.contains(token) ? 42001 : 40014;
			return respond(exchange, Map.of("errcode", errcode, "errmsg", "token rejected"));
		}
		return switch (path) {
			case "/cgi-bin/message/send" -> messageSend(exchange, body);
			case "/cgi-bin/appchat/create" -> respond(exchange,
					Map.of("errcode", 0, "errmsg", "ok", "chatid", JSON.readTree(body).path("chatid").asString()));
			case "/cgi-bin/kf/sync_msg" -> kfSync(exchange, body);
			case "/cgi-bin/media/upload" -> mediaUpload(exchange, query);
			case "/cgi-bin/media/get" -> mediaGet(exchange, query);
			case "/cgi-bin/kf/service_state/trans" -> serviceStateTrans(exchange, body);
			case "/cgi-bin/kf/service_state/get" -> serviceStateGet(exchange, body);
			case "/cgi-bin/appchat/send", "/cgi-bin/kf/send_msg", "/cgi-bin/kf/send_msg_on_event" -> respond(exchange,
					Map.of("errcode", 0, "errmsg", "ok", "msgid", "m" + idCounter.incrementAndGet()));
			default -> respond(exchange, Map.of("errcode", 404, "errmsg", "unknown path " + path));
		};
	}

	private Planned chaotic(String path) {
		Chaos current = chaos;
		if (current == null) {
			return null;
		}
		synchronized (current.random()) {
			double draw = current.random().nextDouble();
			if (draw < current.failureRate()) {
				if (current.http502Only()) {
					return new Planned(Failure.HTTP_502, 0);
				}
				return switch (current.random().nextInt(3)) {
					case 0 -> new Planned(Failure.ERRCODE, -1);
					case 1 -> new Planned(Failure.HTTP_502, 0);
					default -> new Planned(Failure.DROP, 0);
				};
			}
			if (SEND_PATHS.contains(path) && current.random().nextDouble() < current.hangRate()) {
				return new Planned(Failure.HANG, 0);
			}
			return null;
		}
	}

	private int getToken(HttpExchange exchange, Map<String, String> query) throws IOException {
		if (tokenDelayMillis > 0) {
			try {
				Thread.sleep(tokenDelayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (!corpId.equals(query.get("corpid"))) {
			return respond(exchange, Map.of("errcode", 40013, "errmsg", "invalid corpid"));
		}
		if (!secret.equals(query.get("corpsecret"))) {
			return respond(exchange, Map.of("errcode", 40001, "errmsg", "invalid credential"));
		}
		String token = "TOKEN-" + tokenCounter.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
		validTokens.add(token);
		return respond(exchange, Map.of("errcode", 0, "errmsg", "ok", "access_token", token, "expires_in", 7200));
	}

	private int messageSend(HttpExchange exchange, String body) throws IOException {
		JsonNode message = JSON.readTree(body);
		String to = message.path("touser").asString();
		String invalid = invalidUsers.contains(to) ? to : "";
		if (message.path("enable_duplicate_check").asInt(0) == 1 && deliveredWithin(message,
				message.path("duplicate_check_interval").asLong(1800))) {
			// WeCom drops it silently: the caller sees success
			PENDING.get().filtered = true;
		}
		return respond(exchange, Map.of("errcode", 0, "errmsg", "ok", "invaliduser", invalid, "msgid",
				"msg" + idCounter.incrementAndGet()));
	}

	/** Whether a message of the same content went to the same member within the last {@code seconds}. */
	private boolean deliveredWithin(JsonNode message, long seconds) {
		Instant since = Instant.now().minusSeconds(seconds);
		String type = message.path("msgtype").asString();
		return calls("/cgi-bin/message/send").stream()
			.filter(Call::delivered)
			.filter(call -> call.at().isAfter(since))
			.map(Call::json)
			.anyMatch(earlier -> earlier.path("touser").equals(message.path("touser"))
					&& earlier.path("msgtype").asString().equals(type)
					&& earlier.path(type).equals(message.path(type)));
	}

	private int kfSync(HttpExchange exchange, String body) throws IOException {
		kfSyncsHeld.incrementAndGet();
		try {
			kfSyncGate.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			kfSyncsHeld.decrementAndGet();
		}
		JsonNode request = JSON.readTree(body);
		String openKfId = request.path("open_kfid").asString();
		String cursor = request.path("cursor").asString("");
		int limit = request.path("limit").asInt(1000);
		List<Map<String, Object>> all = kfMessages.getOrDefault(openKfId, List.of());
		int from = cursor.isEmpty() ? 0 : Integer.parseInt(cursor.substring(1));
		int to = Math.min(all.size(), from + limit);
		Map<String, Object> response = new HashMap<>();
		response.put("errcode", 0);
		response.put("errmsg", "ok");
		response.put("next_cursor", "c" + to);
		response.put("has_more", to < all.size() ? 1 : 0);
		response.put("msg_list", new ArrayList<>(all.subList(from, to)));
		return respond(exchange, response);
	}

	private int mediaUpload(HttpExchange exchange, Map<String, String> query) {
		Pending pending = PENDING.get();
		String type = query.getOrDefault("type", "");
		if (!Set.of("image", "voice", "video", "file").contains(type)) {
			return respond(exchange, Map.of("errcode", 40004, "errmsg", "invalid media type"));
		}
		Media part = multipartMedia(pending.raw, pending.contentType, type);
		if (part == null || part.bytes().length == 0) {
			return respond(exchange, Map.of("errcode", 41001, "errmsg", "media data missing"));
		}
		media.put(part.mediaId(), part);
		return respond(exchange, Map.of("errcode", 0, "errmsg", "ok", "type", type, "media_id", part.mediaId(),
				"created_at", String.valueOf(Instant.now().getEpochSecond())));
	}

	/** The file itself, as WeCom serves it (headers as in its documentation), or 40007. @return 0 when served */
	private int mediaGet(HttpExchange exchange, Map<String, String> query) {
		String mediaId = query.getOrDefault("media_id", "");
		Sent sent = sentMedia.get(mediaId);
		if (sent == null) {
			Media uploaded = media.get(mediaId);
			if (uploaded != null) {
				sent = new Sent(uploaded.fileName(), "image".equals(uploaded.type()) ? "image/jpeg"
						: "application/octet-stream", uploaded.bytes());
			}
		}
		if (sent == null) {
			return respond(exchange, Map.of("errcode", 40007, "errmsg", "invalid media_id"));
		}
		Pending pending = PENDING.get();
		pending.response = sent.bytes();
		pending.responseType = sent.contentType();
		String name = sent.fileName() == null ? mediaId : sent.fileName();
		pending.disposition = "attachment; filename=\"" + mediaId + extension(name) + "\"; filename*=UTF-8''"
				+ java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		return 0;
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot);
	}

	/** The "media" part of a multipart/form-data body (its file name as the client sent it, UTF-8). */
	private Media multipartMedia(byte[] raw, String contentType, String type) {
		if (raw == null || contentType == null || !contentType.contains("boundary=")) {
			return null;
		}
		String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length()).strip();
		if (boundary.startsWith("\"")) {
			boundary = boundary.substring(1, boundary.indexOf('"', 1));
		}
		else if (boundary.contains(";")) {
			boundary = boundary.substring(0, boundary.indexOf(';'));
		}
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		int start = indexOf(raw, delimiter, 0);
		while (start >= 0) {
			int headersStart = start + delimiter.length + 2;
			int headersEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
			int next = indexOf(raw, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersStart);
			if (headersEnd < 0 || next < 0) {
				return null;
			}
			String headers = new String(raw, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
			if (headers.contains("name=\"media\"")) {
				String fileName = null;
				int at = headers.indexOf("filename=\"");
				if (at >= 0) {
					int from = at + "filename=\"".length();
					fileName = headers.substring(from, headers.indexOf('"', from));
				}
				byte[] bytes = java.util.Arrays.copyOfRange(raw, headersEnd + 4, next);
				return new Media("media-" + type + "-" + idCounter.incrementAndGet(), type, fileName, bytes);
			}
			start = indexOf(raw, delimiter, next + 2);
		}
		return null;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private int serviceStateTrans(HttpExchange exchange, String body) {
		JsonNode request = JSON.readTree(body);
		String key = request.path("open_kfid").asString() + "/" + request.path("external_userid").asString();
		int state = request.path("service_state").asInt(-1);
		String servicer = request.path("servicer_userid").asString("");
		if (state == 3 && servicer.isEmpty()) {
			return respond(exchange, Map.of("errcode", 95013, "errmsg", "servicer required"));
		}
		if (state == 3 && !activeServicers.isEmpty() && !activeServicers.contains(servicer)) {
			return respond(exchange, Map.of("errcode", 95014, "errmsg", "servicer not serving"));
		}
		serviceStates.put(key, Map.of("service_state", state, "servicer_userid", servicer));
		return respond(exchange, Map.of("errcode", 0, "errmsg", "ok", "msg_code", "code" + idCounter.incrementAndGet()));
	}

	private int serviceStateGet(HttpExchange exchange, String body) {
		JsonNode request = JSON.readTree(body);
		String key = request.path("open_kfid").asString() + "/" + request.path("external_userid").asString();
		Map<String, Object> state = serviceStates.getOrDefault(key, Map.of("service_state", 0, "servicer_userid", ""));
		Map<String, Object> response = new HashMap<>(state);
		response.put("errcode", 0);
		response.put("errmsg", "ok");
		return respond(exchange, response);
	}

	/** Holds {@code json} for {@link #handle} to send once the call is recorded. @return its errcode */
	private static int respond(HttpExchange exchange, Map<String, ?> json) {
		PENDING.get().response = JSON.writeValueAsBytes(json);
		return ((Number) json.get("errcode")).intValue();
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String key = eq < 0 ? pair : pair.substring(0, eq);
			String value = eq < 0 ? "" : pair.substring(eq + 1);
			query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return query;
	}

}
