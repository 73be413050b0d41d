package cn.jiangle.ecojustice.knowledge.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of a question file in the dev-set format: {@code {"id","q","evidence":[…],"type"}}; type {@code oos}
 * marks a question the knowledge base must refuse, type {@code unstated} one about the mechanism asking for something
 * the documents do not fix (a price, a duration, a count …): it must be answered 「文件没有规定……」 and marked as not
 * covered. {@code evidence} lists strings one of the top hits must contain (for {@code unstated}: the closest clause).
 */
public record EvalQuestion(String id, String q, List<String> evidence, String type) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public EvalQuestion {
		evidence = List.copyOf(evidence);
	}

	public boolean outOfScope() {
		return "oos".equals(type);
	}

	/** On the mechanism's topic, but asking for something the documents do not state. */
	public boolean notStated() {
		return "unstated".equals(type);
	}

	/** Answerable from the documents. */
	public boolean answerable() {
		return !outOfScope() && !notStated();
	}

	/** Whether an answer text shows an evidence string whole (ignoring whitespace), not just a part of it. */
	public static boolean displays(String answerText, List<String> evidence) {
		if (answerText == null) {
			return false;
		}
		String a = answerText.replaceAll("\\s+", "");
		return evidence.stream().map(e -> e.replaceAll("\\s+", "")).anyMatch(e -> !e.isEmpty() && a.contains(e));
	}

	public static List<EvalQuestion> read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read question file " + file, ex);
		}
	}

	public static List<EvalQuestion> read(InputStream in) {
		List<EvalQuestion> out = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int n = 0;
			while ((line = reader.readLine()) != null) {
				n++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = JSON.readTree(line);
				List<String> evidence = new ArrayList<>();
				JsonNode ev = node.get("evidence");
				if (ev != null) {
					ev.forEach(e -> evidence.add(e.asString()));
				}
				JsonNode q = node.get("q");
				if (q == null) {
					throw new IllegalArgumentException("question line " + n + " has no \"q\"");
				}
				out.add(new EvalQuestion(node.has("id") ? node.get("id").asString() : "#" + n, q.asString(), evidence,
						node.has("type") ? node.get("type").asString() : "direct"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	/**
	 * The scorer's rule: a hit supports the question when, ignoring whitespace, it contains an evidence string or
	 * shares a common substring with it of at least min(length, 12) characters.
	 */
	public static boolean supports(String hitText, List<String> evidence) {
		String h = hitText.replaceAll("\\s+", "");
		for (String e : evidence) {
			String n = e.replaceAll("\\s+", "");
			if (n.isEmpty()) {
				continue;
			}
			if (h.contains(n) || longestCommonSubstring(n, h) >= Math.min(n.length(), 12)) {
				return true;
			}
		}
		return false;
	}

	static int longestCommonSubstring(String a, String b) {
		int best = 0;
		int[] prev = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			int[] cur = new int[b.length() + 1];
			for (int j = 1; j <= b.length(); j++) {
				if (a.charAt(i - 1) == b.charAt(j - 1)) {
					cur[j] = prev[j - 1] + 1;
					best = Math.max(best, cur[j]);
				}
			}
			prev = cur;
		}
		return best;
	}

}
