package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「13号文是哪几家联合发的」「4号协议是谁签的」 ask for a document's issuing bodies, which stand in its header above the
 * 文号, not in any clause. The answer names them from the header and quotes the document's sentence that names them
 * (「将乐县人民法院、……本着生态修复优先……」). A document whose header lists no issuers gets no lead.
 */
final class Issuers {

	private static final Pattern ASKS = Pattern.compile(
			"(哪几家|哪些单位|哪几个单位|哪些部门|哪几个部门|几家|哪家|谁|哪些机关|哪几方|哪些)(单位|部门)?(一起|联合|共同|牵头)?(发(?!起|现)|出(?!资|钱)|制定|印发|签|下发|发布|搞|弄|出台|推出)|发文(单位|机关)|抬头|(联合|一起|共同)(发(?!起)|出台|印发|制定|签)|"
					// who sealed or signed it
					+ "(哪些|哪几家|哪几个|几家|谁)(单位|部门)?的?(章|印章|公章|签字|签名)|盖了?(哪些|哪几个|几个|谁的|哪家的?)|落款(是|有)?(哪些|谁|哪几)|(哪些|哪几家|几家|谁)(单位|部门)?(盖|签)");

	/** 「公安局也盖章了吗」「有没有林业局签字」: whether one body is among a document's issuers. */
	private static final Pattern SIGNED = Pattern.compile("(一家|单独|独自)(单位)?(发|盖|签|出|印发)|(签|发|印发|盖章)[^，,。？?]{0,8}的(单位|部门|机关)|发文单位|其中一家|其中之一|之一[吗吧么]|也是一家|也在(里面|其中|里头)|"
			+ "盖章|盖了章|盖过章|盖的章|签字|签了字|签章|签名|署名|落款|会签|联合发|一起发|参与发|也发了|也签了|也签|签了吗|签过|"
			// 「那份意见公安局没参与吧」: the document itself, not a matter in it
			+ "参与(了|过)?[吗吧么没]|没有?参与|参与了没|有没有参与|参加了?[吗吧没]|"
			// 「协议是林业局跟法院签的吧」: the bodies said to have issued it
			+ "(签|发|盖|出|出台|印发|制定)的(吧|吗|么|嘛|[？?]|$)");

	/** 「公安局没参与吧」 claims the body did not issue it: the verdict names the fact rather than 是/不是. */
	private static final Pattern DENIED = Pattern.compile("(?<!有)没有?(参与|参加|签|盖|联合|一起)|未(参与|签|盖)|不是.{0,6}(发文|联合)");

	static final Pattern WHETHER = Pattern.compile("吗|么|吧|有没有|是不是|是否|对不对|没有?[？?]?$|不[？?]?$|的[？?]$");

	/** A question word: the question asks for the issuers rather than claiming some. */
	private static final Pattern ASKING = Pattern.compile("哪|谁|什么|啥|多少|几(?=家|个|方)");

	/** 「就法院和检察院两家发的吧」: how many bodies the question claims issued it. */
	private static final Pattern COUNT = Pattern.compile("(?<!其中|也是|另|哪|之)([一两二三四五六七八九1-9])(家|个单位|个部门|方)(?!之一)");

	/** A body a question may name, and the part of its header name that is sure to be there. */
	private record Body(Pattern words, String header) {

		Body(String words, String header) {
			this(Pattern.compile(words), header);
		}

		boolean namedIn(String q) {
			return words.matcher(q).find();
		}

		boolean issued(List<String> issuers) {
			return issuers.stream().anyMatch(i -> i.contains(header));
		}

	}

	private static final List<Body> BODIES = List.of(new Body("法院", "法院"), new Body("检察", "检察院"),
			new Body("公安|派出所", "公安局"), new Body("林业", "林业局"), new Body("自然资源|自资|国土|资源局", "自然资源局"),
			new Body("乡政府|乡人民政府|镇政府", "人民政府"), new Body("县政府|县人民政府", "县人民政府"), new Body("金森|碳汇公司", "金森"), new Body("村委|村民委员会", "村民委员会"));

	/** The document a question names — its 文号 or the words people use for it, never the matter it is about. */
	private static final List<Named> DOCS = List.of(
			new Named("将法〔2024〕13号", Pattern.compile("13号|管理人.{0,6}(意见|文件|文(?!化))|实施意见|2024年.{0,4}意见|24年.{0,4}意见")),
			new Named("将法〔2024〕4号", Pattern.compile("(?<!1)4号|协议|矿山.{0,6}(文件|文(?!化))")),
			new Named("将法〔2021〕17号", Pattern.compile("17号|2021|21年|工作机制的意见|碳汇.{0,4}意见")));

	record Named(String doc, Pattern words) {
	}

	private Issuers() {
	}

	/** The document the normalised question names, if it names one. */
	static Optional<String> documentNamed(String q) {
		return DOCS.stream().filter(d -> d.words().matcher(q).find()).map(Named::doc).findFirst();
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		// 「13号文是法院和检察院联合发的吧」 asks in ASKS's words but claims its bodies: it gets a verdict too
		boolean asks = ASKS.matcher(q).find();
		boolean claims = asks && WHETHER.matcher(q).find() && !ASKING.matcher(q).find()
				&& BODIES.stream().anyMatch(b -> b.namedIn(q));
		boolean whether = !asks || claims;
		if (!asks && !(SIGNED.matcher(q).find() && WHETHER.matcher(q).find())) {
			return Optional.empty();
		}
		for (Named doc : DOCS) {
			if (!doc.words().matcher(q).find()) {
				continue;
			}
			List<Chunk> own = chunks.stream().filter(c -> c.doc().equals(doc.doc())).toList();
			if (own.isEmpty() || own.get(0).issuers().isEmpty()) {
				return Optional.empty();
			}
			List<String> issuers = own.get(0).issuers();
			String lead = doc.doc() + "由" + String.join("、", issuers) + "联合发布（见文件抬头）。";
			if (whether) {
				Optional<String> verdict = verdict(q, issuers);
				if (verdict.isEmpty()) {
					return Optional.empty();
				}
				lead = (DENIED.matcher(q).find() ? denied(q, issuers)
						: ONLY.matcher(q).find() || COUNT.matcher(q).find() ? only(q, issuers, verdict.get()) : verdict.get()) + lead;
			}
			List<ManagerRoles.Quote> quotes = new java.util.ArrayList<>();
			if (Closings.SEALS.matcher(q).find()) {
				// a question about seals is answered by the seals themselves, where the file has them
				Closings.sealQuote(doc.doc(), chunks).ifPresent(quotes::add);
			}
			if (DENIED.matcher(q).find() || PARTICIPATED.matcher(q).find()) {
				// 「公安没参与那份意见吧」: what the document has the body do shows its part better than its seal
				partsOf(q, doc.doc(), chunks).forEach(quotes::add);
			}
			quotes.addAll(naming(own, issuers));
			return Optional.of(new ManagerRoles.Lead(lead, List.copyOf(quotes), List.of(doc.doc())));
		}
		return Optional.empty();
	}

	private static final Pattern PARTICIPATED = Pattern.compile("参与|参加");

	/** The sentences of the document giving the bodies the question names their part (at most two). */
	private static List<ManagerRoles.Quote> partsOf(String q, String doc, List<Chunk> chunks) {
		List<ManagerRoles.Quote> out = new java.util.ArrayList<>();
		java.util.regex.Matcher denied = DENIED.matcher(q);
		int at = denied.find() ? denied.start() : q.length();
		// the body said not to have taken part (「公安没参与」) first
		List<ManagerRoles.Body> named = ManagerRoles.BODIES.stream()
			.filter(b -> b.words().matcher(q).find())
			.sorted(java.util.Comparator.comparingInt(b -> distanceBefore(b.words(), q, at)))
			.toList();
		for (ManagerRoles.Body body : named) {
			for (String[] role : body.roles()) {
				if (role[0].equals(doc) && out.size() < 2) {
					ManagerRoles.find(chunks, doc, role[2])
						.filter(found -> out.stream().noneMatch(o -> o.sentence().equals(found.sentence())))
						.ifPresent(out::add);
				}
			}
		}
		return out;
	}

	private static int distanceBefore(Pattern words, String q, int at) {
		java.util.regex.Matcher m = words.matcher(q);
		int best = Integer.MAX_VALUE;
		while (m.find()) {
			if (m.end() <= at) {
				best = Math.min(best, at - m.end());
			}
		}
		return best;
	}

	/**
	 * 「是。」 when every body the question names issued the document, 「不是。」 when none did, and 「不是。」 with who
	 * did and who did not when only some did (「林业局跟法院签的吧」 of a document the court and another bureau issued).
	 */
	private static Optional<String> verdict(String q, List<String> issuers) {
		List<Body> named = BODIES.stream().filter(body -> body.namedIn(q)).toList();
		if (named.isEmpty()) {
			return Optional.empty();
		}
		List<String> in = named.stream().filter(b -> b.issued(issuers)).map(Body::header).toList();
		List<String> out = named.stream().filter(b -> !b.issued(issuers)).map(Body::header).toList();
		return out.isEmpty() ? Optional.of("是。") : in.isEmpty() ? Optional.of("不是。")
				: Optional.of("不是。" + String.join("、", in) + "是发文单位之一，" + String.join("、", out) + "不在发文单位之中。");
	}

	/** 「就法院一家盖的章吧」: one body claimed to be the only issuer. */
	private static final Pattern ONLY = Pattern.compile("只有|只是|仅|光|就.{0,6}一家|单独|独自|一家(单位)?(发|盖|签)");

	private static String only(String q, List<String> issuers, String verdict) {
		long named = BODIES.stream().filter(body -> body.namedIn(q)).count();
		java.util.regex.Matcher count = COUNT.matcher(q);
		int claimed = count.find() ? number(count.group(1)) : 0;
		if (claimed == 0 && !ONLY.matcher(q).find()) {
			return verdict;
		}
		// 「法院和检察院两家」: fewer bodies claimed than the header lists
		long said = Math.max(named, claimed);
		String word = claimed > 0 ? count.group(1) : "一";
		return verdict.equals("是。") && issuers.size() > said ? "不是，不只" + word + "家。" : verdict;
	}

	private static int number(String digit) {
		int at = "一二三四五六七八九".indexOf(digit);
		return digit.equals("两") ? 2 : at >= 0 ? at + 1 : Integer.parseInt(digit);
	}

	/** The bodies named, said to be (or not to be) among the issuers, for a question claiming they are not. */
	private static String denied(String q, List<String> issuers) {
		List<String> in = new java.util.ArrayList<>();
		List<String> out = new java.util.ArrayList<>();
		for (Body body : BODIES) {
			if (body.namedIn(q)) {
				(body.issued(issuers) ? in : out).add(body.header());
			}
		}
		// 「公安没参与吧」 when it did: the claim is wrong, and said so first
		return (out.isEmpty() ? "不是这样，" : "") + (in.isEmpty() ? "" : String.join("、", in) + "是发文单位之一。")
				+ (out.isEmpty() ? "" : String.join("、", out) + "不在发文单位之中。");
	}

	/**
	 * The document's sentences naming its issuers, if one names two: the one naming the most, names as the header writes
	 * them counting before short ones (县人民法院 for 将乐县人民法院) — the sentence listing the bodies in full sets out
	 * who takes part (「由将乐县人民法院、将乐县自然资源局、将乐县万全乡人民政府……组成」) — and before it the document's
	 * first sentence naming as many, where that is another (「县人民法院、自然资源局、万全乡政府本着……」).
	 */
	private static List<ManagerRoles.Quote> naming(List<Chunk> chunks, List<String> issuers) {
		ManagerRoles.Quote best = null;
		ManagerRoles.Quote first = null;
		int most = 0;
		int mostNamed = 1;
		for (Chunk c : chunks) {
			for (String sentence : ExtractiveAnswers.sentences(c.text())) {
				String s = Thesaurus.normalize(sentence);
				int named = (int) issuers.stream().map(Issuers::shortName).filter(s::contains).count();
				int inFull = (int) issuers.stream().map(Thesaurus::normalize).filter(s::contains).count();
				int score = named * (issuers.size() + 1) + inFull;
				ManagerRoles.Quote quote = new ManagerRoles.Quote(c, ClauseSentences.withoutHeading(sentence.strip(), c.sectionPath()));
				if (named > mostNamed) {
					mostNamed = named;
					first = quote;
				}
				if (named >= 2 && score > most) {
					most = score;
					best = quote;
				}
			}
		}
		if (best == null) {
			return List.of();
		}
		return first == null || first.sentence().equals(best.sentence()) ? List.of(best) : List.of(first, best);
	}

	/** 将乐县万全乡人民政府 is named 万全乡政府 in the text: the part a sentence is sure to repeat. */
	private static String shortName(String issuer) {
		String s = Thesaurus.normalize(issuer).replaceFirst("^将乐县", "");
		return s.replace("人民政府", "").replace("人民", "");
	}

}
