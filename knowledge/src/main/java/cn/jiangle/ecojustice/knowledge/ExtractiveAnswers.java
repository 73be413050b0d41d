package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * The refusal without a model — a fixed sentence plus the nearest related clauses — and the sentence splitting the
 * {@link AnswerComposer} quotes whole sentences with.
 */
final class ExtractiveAnswers {

	static final String REFUSAL = "抱歉，现有政策文件中没有能回答这个问题的内容。我只能解答将乐县“生态司法+碳汇”机制相关文件中的问题。";

	static final String BLANK = "请输入要咨询的问题，例如：「碳汇认购的流程是什么？」";

	/** Nearest related clauses offered with a refusal: their headings and first sentence. */
	List<Citation> suggestions(Retrieval retrieval) {
		List<Citation> out = new ArrayList<>();
		for (ScoredChunk hit : retrieval.hits()) {
			if (out.size() == 3) {
				break;
			}
			out.add(citation(hit.chunk(), firstSentence(hit.chunk().text())));
		}
		return out;
	}

	String refusalText(List<Citation> suggestions) {
		if (suggestions.isEmpty()) {
			return REFUSAL;
		}
		StringBuilder sb = new StringBuilder(REFUSAL).append("\n可能相关的条款：");
		for (Citation c : suggestions) {
			String[] path = c.section().split(" > ");
			String heading = path[path.length - 1]
				.replaceFirst("^([（(][0-9一二三四五六七八九十]+[）)]|[0-9一二三四五六七八九十]+[、.．])\\s*", "")
				.replaceAll("[：:]$", "");
			sb.append("\n· ").append(c.label()).append(c.label().contains(heading) ? "" : heading);
		}
		return sb.toString();
	}

	static Citation citation(Chunk chunk, String text) {
		return new Citation(chunk.doc(), chunk.title(), chunk.section(), chunk.clauseId(), text);
	}

	private static String firstSentence(String text) {
		List<String> sentences = sentences(text);
		String first = sentences.isEmpty() ? text : sentences.get(0).strip();
		return first.length() > 80 ? first.substring(0, 80) + "……" : first;
	}

	/** Split after 。；！？ and line breaks, keeping the punctuation. */
	static List<String> sentences(String text) {
		List<String> out = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("。；;！!？?\n".indexOf(c) >= 0) {
				int end = i + 1;
				while (end < text.length() && "”’」』）)".indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				if (!text.substring(start, end).isBlank()) {
					out.add(text.substring(start, end));
				}
				start = end;
				i = end - 1;
			}
		}
		if (start < text.length() && !text.substring(start).isBlank()) {
			out.add(text.substring(start));
		}
		return out;
	}

}
