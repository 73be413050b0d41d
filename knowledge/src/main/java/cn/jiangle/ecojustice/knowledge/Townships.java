package cn.jiangle.ecojustice.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「竹舟村是漠源乡的吧」「琵琶丘补偿林在哪个乡」 ask which township a place of the documents lies in. The documents name
 * places with their township in front (将乐县万全乡竹舟村, 将乐县漠源乡琵琶丘), so the township of each place is read
 * from the indexed text, never from a list of our own, and the sentence naming both is quoted.
 */
final class Townships {

	/** A township followed by a village or a named site: 万全乡竹舟村, 漠源乡琵琶丘. */
	private static final Pattern PLACE = Pattern.compile("([\\u4e00-\\u9fff]{2})(乡|镇)([\\u4e00-\\u9fff]{2}(?:村|丘|山))");

	/** The question asks for or claims a township. */
	private static final Pattern ASKS = Pattern.compile("哪个?(乡|镇)|什么(乡|镇)|哪个乡镇|(乡|镇)的|属于|归.{0,3}(乡|镇)|在.{1,3}(乡|镇)");

	private static final Pattern TOWNSHIP = Pattern.compile("[\\u4e00-\\u9fff]{2}(乡|镇)");

	private static final Pattern QUESTION_WORD = Pattern.compile("^(哪|什么|个|啥)|^.(个)");

	/** Characters no township's name holds: particles and pointing words a 乡 may follow in running speech. */
	private static final Pattern NOT_A_NAME = Pattern.compile("[吧那这哪的了么呢吗啊呀是在去到和与跟里同回]");

	private Townships() {
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!ASKS.matcher(q).find()) {
			return Optional.empty();
		}
		Map<String, Located> places = places(chunks);
		for (Map.Entry<String, Located> e : places.entrySet()) {
			String place = e.getKey();
			// 竹舟村 is asked as 竹舟 too; the township's own name in the question is no place asked about
			String stem = place.substring(0, 2);
			if (!q.contains(stem) || q.contains(e.getValue().township() + stem)) {
				continue;
			}
			Located at = e.getValue();
			Matcher claimed = TOWNSHIP.matcher(q);
			String verdict = "";
			while (claimed.find()) {
				// 「……管吧 那乡里管些什么」: 吧那乡 is no township's name, only words running into 乡
				if (!QUESTION_WORD.matcher(claimed.group()).find() && !NOT_A_NAME.matcher(claimed.group()).find()) {
					verdict = claimed.group().equals(at.township()) && !verdict.equals("不是。") ? "是。" : "不是。";
				}
			}
			String lead = verdict + place + "属于将乐县" + at.township() + "（文件写作“" + at.township() + place + "”）。";
			return Optional.of(new ManagerRoles.Lead(lead, List.of(at.quote()), List.of(at.quote().chunk().doc())));
		}
		return Optional.empty();
	}

	/** A village or site a question names: 常口村, 琵琶丘. */
	private static final Pattern NAMED_PLACE = Pattern.compile("[\\u4e00-\\u9fff]{2}(村|丘)");

	/**
	 * 「常口村是哪个乡镇的」: a place the documents name without its township. The gap is said, with the sentence that
	 * names the place, rather than the township of another place.
	 */
	static Optional<ManagerRoles.Lead> unnamed(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!ASKS.matcher(q).find() || lead(question, chunks).isPresent()) {
			return Optional.empty();
		}
		Matcher named = NAMED_PLACE.matcher(q);
		while (named.find()) {
			String place = named.group();
			boolean placedSomewhere = chunks.stream().anyMatch(c -> c.text().contains("乡" + place) || c.text().contains("镇" + place));
			if (placedSomewhere || TOWNSHIP.matcher(q.substring(Math.max(0, named.start() - 3), named.start())).find()) {
				continue;
			}
			for (Chunk c : chunks) {
				for (String sentence : ExtractiveAnswers.sentences(c.text())) {
					if (sentence.contains(place) && sentence.strip().length() <= 300) {
						ManagerRoles.Quote quote = new ManagerRoles.Quote(c,
								ClauseSentences.withoutHeading(sentence.strip(), c.sectionPath()));
						return Optional.of(new ManagerRoles.Lead("文件没有写明" + place + "属于哪个乡镇。", List.of(quote),
								List.of(c.doc())));
					}
				}
			}
		}
		return Optional.empty();
	}

	private record Located(String township, ManagerRoles.Quote quote) {
	}

	/** The places of the last chunk list read: an index generation keeps its list, so they are read once per build. */
	private static volatile Places cached;

	private record Places(List<Chunk> chunks, Map<String, Located> byPlace) {
	}

	private static Map<String, Located> places(List<Chunk> chunks) {
		Places last = cached;
		if (last != null && last.chunks() == chunks) {
			return last.byPlace();
		}
		Map<String, Located> read = read(chunks);
		cached = new Places(chunks, read);
		return read;
	}

	/** Each place named after a township, with the first sentence naming both. */
	private static Map<String, Located> read(List<Chunk> chunks) {
		Map<String, Located> out = new LinkedHashMap<>();
		for (Chunk c : chunks) {
			for (String sentence : ExtractiveAnswers.sentences(c.text())) {
				Matcher m = PLACE.matcher(sentence);
				while (m.find()) {
					String place = m.group(3);
					if (!out.containsKey(place) && sentence.strip().length() <= 200) {
						out.put(place, new Located(m.group(1) + m.group(2),
								new ManagerRoles.Quote(c, ClauseSentences.withoutHeading(sentence.strip(), c.sectionPath()))));
					}
				}
			}
		}
		return java.util.Collections.unmodifiableMap(out);
	}

}
