package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Agency-duty questions (「林业局在这个机制里负责什么」): the question names an agency of the mechanism and asks what
 * it does. The duty words (负责, 职责, 干啥 …) occur all over the documents, so BM25 alone ranks any clause about
 * someone's 职责 above the clause about the agency asked for. Word lists come from {@code knowledge/role-words.txt}.
 */
final class RoleQuestions {

	private static final String RESOURCE = "knowledge/role-words.txt";

	private final List<String> agencies;

	private final List<String> dutyWords;

	RoleQuestions(List<String> agencies, List<String> dutyWords) {
		this.agencies = List.copyOf(agencies);
		this.dutyWords = List.copyOf(dutyWords);
	}

	static RoleQuestions builtIn() {
		try (InputStream in = RoleQuestions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("resource missing: " + RESOURCE);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static RoleQuestions parse(String text) {
		List<String> agencies = new ArrayList<>();
		List<String> duties = new ArrayList<>();
		for (String raw : text.lines().map(String::strip).toList()) {
			if (raw.isEmpty() || raw.startsWith("#")) {
				continue;
			}
			String line = Thesaurus.normalize(raw);
			int colon = line.indexOf(':');
			if (colon < 0) {
				throw new IllegalArgumentException("role-words line without a group name: " + raw);
			}
			List<String> words = Arrays.stream(line.substring(colon + 1).split("[,，、]"))
				.map(String::strip)
				.filter(w -> !w.isEmpty())
				.toList();
			switch (line.substring(0, colon).strip()) {
				case "单位" -> agencies.addAll(words);
				case "职责" -> duties.addAll(words);
				default -> throw new IllegalArgumentException("unknown role-words group: " + raw);
			}
		}
		return new RoleQuestions(agencies, duties);
	}

	/** Every agency word, for counting how many agencies a sentence names. */
	List<String> agencies() {
		return agencies;
	}

	/** Whether the (normalised) question asks what someone does. */
	boolean asksForDuties(String normalizedQuestion) {
		return dutyWords.stream().anyMatch(normalizedQuestion::contains);
	}

	/** The agencies named by a content word of the question or its thesaurus alternatives (林业站 → 林业局). */
	List<String> agenciesIn(Iterable<String> alternatives) {
		List<String> found = new ArrayList<>();
		for (String a : alternatives) {
			for (String agency : agencies) {
				if (a.contains(agency) && !found.contains(agency)) {
					found.add(agency);
				}
			}
		}
		return found;
	}

}
