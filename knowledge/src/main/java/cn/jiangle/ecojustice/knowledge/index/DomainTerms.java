package cn.jiangle.ecojustice.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Anchor words of the mechanism (碳汇, 劳役, 管理人, 矿山 …) from {@code knowledge/domain-terms.txt}. Whether a
 * question mentions one is a feature of the refusal model: generic words such as
 * 条件 or 申请 occur in the documents too, so coverage alone cannot tell 「考公务员需要什么条件」 from an in-scope
 * question.
 */
final class DomainTerms {

	private static final String RESOURCE = "knowledge/domain-terms.txt";

	private final List<String> terms;

	private DomainTerms(List<String> terms) {
		this.terms = terms;
	}

	static DomainTerms builtIn() {
		try (InputStream in = DomainTerms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("resource missing: " + RESOURCE);
			}
			return new DomainTerms(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(Thesaurus::normalize)
				.distinct()
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Only the asker's own words count: thesaurus targets would make any generic phrase (报销 → 申请修复资金) look
	 * like the domain.
	 */
	/** The longest anchor word inside {@code text}, if any. */
	java.util.Optional<String> longestIn(String text) {
		String best = null;
		for (String t : terms) {
			if (text.contains(t) && (best == null || t.length() > best.length())) {
				best = t;
			}
		}
		return java.util.Optional.ofNullable(best);
	}

	boolean mentioned(String normalizedQuestion) {
		for (String t : terms) {
			if (normalizedQuestion.contains(t)) {
				return true;
			}
		}
		return false;
	}

}
