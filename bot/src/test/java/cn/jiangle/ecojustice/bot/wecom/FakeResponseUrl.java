package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeCom's response_url endpoint on loopback (developer docs path 101138): each response_code may be used once; a
 * second POST is answered with an errcode. Records every POST, used or not.
 */
public final class FakeResponseUrl implements AfterAllCallback {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One POST: the response_code it used and its JSON body. */
	public record Post(String code, JsonNode body, boolean accepted) {
	}

	private final HttpServer server;

	private final List<Post> posts = new CopyOnWriteArrayList<>();

	private final Map<String, Boolean> used = new ConcurrentHashMap<>();

	public FakeResponseUrl() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/cgi-bin/aibot/response", this::respond);
		server.start();
	}

	/** A fresh response_url. */
	public String url(String code) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/cgi-bin/aibot/response?response_code=" + code;
	}

	public List<Post> posts() {
		return List.copyOf(posts);
	}

	public List<Post> postsTo(String code) {
		return posts.stream().filter(post -> post.code().equals(code)).toList();
	}

	private void respond(HttpExchange exchange) throws IOException {
		String query = exchange.getRequestURI().getQuery();
		String code = query == null ? "" : query.replace("response_code=", "");
		JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
		boolean first = used.putIfAbsent(code, Boolean.TRUE) == null;
		posts.add(new Post(code, body, first));
		byte[] answer = (first ? "{\"errcode\":0,\"errmsg\":\"ok\"}"
				: "{\"errcode\":-1,\"errmsg\":\"fake: this response_code was used already\"}").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		server.stop(0);
	}

}
