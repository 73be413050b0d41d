package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The domain thesaurus: how people ask (砍树, 没钱, 买碳汇) mapped to the documents' own words (盗伐/滥伐, 经济困难,
 * 认购碳汇). Applied at query time by substring matching on the normalised question, because a word segmenter cuts
 * colloquial phrases unpredictably.
 *
 * <p>
 * File format (UTF-8, editable): one rule per line, {@code #} starts a comment.
 * <ul>
 * <li>{@code 砍树, 偷树 => 盗伐, 滥伐} — one-way: any left phrase adds the right terms;</li>
 * <li>{@code 认购碳汇, 碳汇认购, 买碳汇} — equivalence: any phrase adds all the others.</li>
 * </ul>
 */
public final class Thesaurus {

	private static final String BUILT_IN = "knowledge/thesaurus.txt";

	private final Map<String, Set<String>> expansions;

	private final List<String> keysLongestFirst;

	/** Phrases by their first character, for one pass over the question. */
	private final Map<Character, List<String>> keysByFirstChar = new java.util.HashMap<>();

	private final Map<String, Integer> order = new java.util.HashMap<>();

	private Thesaurus(Map<String, Set<String>> expansions) {
		this.expansions = expansions;
		this.keysLongestFirst = expansions.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.toList();
		for (int i = 0; i < keysLongestFirst.size(); i++) {
			String key = keysLongestFirst.get(i);
			keysByFirstChar.computeIfAbsent(key.charAt(0), c -> new ArrayList<>()).add(key);
			order.put(key, i);
		}
	}

	/** The thesaurus shipped with the application. */
	public static Thesaurus builtIn() {
		try (InputStream in = Thesaurus.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new IllegalStateException("built-in thesaurus missing: " + BUILT_IN);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A thesaurus file edited by the operator. */
	public static Thesaurus load(Path file) {
		try {
			return parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read thesaurus " + file, ex);
		}
	}

	/** Parses rules; a malformed line is reported with its number. */
	public static Thesaurus parse(String text) {
		Map<String, Set<String>> map = new LinkedHashMap<>();
		String[] lines = text.split("\n", -1);
		for (int n = 0; n < lines.length; n++) {
			String line = lines[n];
			int hash = line.indexOf('#');
			if (hash >= 0) {
				line = line.substring(0, hash);
			}
			line = line.strip();
			if (line.isEmpty()) {
				continue;
			}
			int arrow = line.indexOf("=>");
			if (arrow >= 0) {
				List<String> from = terms(line.substring(0, arrow));
				List<String> to = terms(line.substring(arrow + 2));
				if (from.isEmpty() || to.isEmpty()) {
					throw new MalformedThesaurusLine(n + 1, lines[n]);
				}
				for (String f : from) {
					map.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(to);
				}
			}
			else {
				List<String> all = terms(line);
				if (all.size() < 2) {
					throw new MalformedThesaurusLine(n + 1, lines[n]);
				}
				for (String f : all) {
					Set<String> targets = map.computeIfAbsent(f, k -> new LinkedHashSet<>());
					all.stream().filter(t -> !t.equals(f)).forEach(targets::add);
				}
			}
		}
		map.forEach((k, v) -> v.remove(k));
		map.values().removeIf(Set::isEmpty);
		addDictationVariants(map);
		return new Thesaurus(map);
	}

	/**
	 * Voice input writes the complement particle 得 as 的 (「修的怎么样」「付的起」): each phrase with 得 between two
	 * characters also matches its 的 form, unless a rule of its own already uses that form.
	 */
	private static void addDictationVariants(Map<String, Set<String>> map) {
		Map<String, Set<String>> variants = new LinkedHashMap<>();
		map.forEach((key, targets) -> {
			int at = key.indexOf('得');
			if (at > 0 && at < key.length() - 1) {
				String spoken = key.replace('得', '的');
				if (!map.containsKey(spoken)) {
					variants.computeIfAbsent(spoken, k -> new LinkedHashSet<>()).addAll(targets);
				}
			}
		});
		map.putAll(variants);
	}

	private static List<String> terms(String list) {
		List<String> out = new ArrayList<>();
		for (String t : list.split("[,，、]")) {
			String n = normalize(t.strip());
			if (!n.isEmpty()) {
				out.add(n);
			}
		}
		return out;
	}

	/** Half-width, lower case, no spaces: the form both rules and questions are matched in. */
	public static String normalize(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c) || c == '\u3000') {
				continue;
			}
			out.append(c);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** Rules whose phrase occurs in the (already normalised) question, longest phrases first. */
	public List<Match> find(String normalizedQuestion) {
		Map<String, Match> first = new java.util.HashMap<>();
		for (int i = 0; i < normalizedQuestion.length(); i++) {
			List<String> candidates = keysByFirstChar.get(normalizedQuestion.charAt(i));
			if (candidates == null) {
				continue;
			}
			for (String key : candidates) {
				if (!first.containsKey(key) && normalizedQuestion.startsWith(key, i)) {
					first.put(key, new Match(key, i, i + key.length(), expansions.get(key)));
				}
			}
		}
		List<Match> matches = new ArrayList<>(first.values());
		matches.sort(Comparator.comparingInt(m -> order.get(m.phrase())));
		return matches;
	}

	public int size() {
		return expansions.size();
	}

	/** One phrase of the question found in the thesaurus, with the document terms it adds. */
	public record Match(String phrase, int start, int end, Set<String> terms) {
	}

	/** A thesaurus rule that cannot be read. */
	public static final class MalformedThesaurusLine extends RuntimeException {

		MalformedThesaurusLine(int line, String text) {
			super("thesaurus line " + line + " is not 'a, b => c, d' nor 'a, b, c': " + text);
		}

	}

}
