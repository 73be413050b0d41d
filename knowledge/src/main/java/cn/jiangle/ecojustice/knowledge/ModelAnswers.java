package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.PromptTemplate;
import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.ai.rag.advisor.RetrievalAugmentationAdvisor;
import org.springframework.ai.rag.generation.augmentation.ContextualQueryAugmenter;
import org.springframework.ai.rag.preretrieval.query.transformation.CompressionQueryTransformer;

import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;

/**
 * Answers written by a chat model through Spring AI's retrieval seam: the already retrieved chunks are handed to a
 * {@link RetrievalAugmentationAdvisor} as numbered sources with a Chinese prompt. The reply is trusted only when it
 * cites existing sources as [n] and states no number absent from what it cites (in ASCII, full-width or
 * Chinese numerals, see {@link StatedNumbers}); otherwise — and on any error or
 * timeout — the caller answers extractively.
 */
final class ModelAnswers {

	private static final Logger log = LoggerFactory.getLogger(ModelAnswers.class);

	static final String PROMPT = """
			你是将乐县“生态司法+碳汇”机制的政策问答助手。以下是从政策文件中检索到的编号资料：
			---------------------
			{context}
			---------------------
			请只依据上述资料，用简洁、准确的中文回答问题，并遵守：
			1. 每句话后用 [编号] 标注所依据的资料，例如 [1]；只能使用上面出现的编号。
			2. 资料中没有的内容不要回答，不要编造；资料不足以回答时，只回复“资料不足”。
			3. 不要写出资料中没有的金额、价格、吨数、期限或其他数字。
			4. 涉及量刑或从轻处理的，只转述资料原文，不作判断或承诺。

			问题：{query}

			回答：
			""";

	static final String COMPRESSION_PROMPT = """
			下面是用户与政策问答助手的对话记录和用户的追问。请把追问改写成一个意思完整、可以单独检索的中文问题，
			保留对话中提到的具体事项（例如“劳役代偿”“碳汇认购”），只输出改写后的问题。

			对话记录：
			{history}

			追问：
			{query}

			改写后的问题：
			""";

	static final String INSUFFICIENT = "资料不足";

	private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

	private final ChatClient client;

	private final CompressionQueryTransformer compressor;

	ModelAnswers(ChatModel model) {
		this.client = ChatClient.builder(model).build();
		this.compressor = CompressionQueryTransformer.builder()
			.chatClientBuilder(ChatClient.builder(model))
			.promptTemplate(new PromptTemplate(COMPRESSION_PROMPT))
			.build();
	}

	/** A validated model answer: text with [n] replaced by citation labels, and the cited clauses. */
	record Generated(String text, List<Citation> citations) {
	}

	Optional<Generated> answer(String question, List<ScoredChunk> sources) {
		if (sources.isEmpty()) {
			return Optional.empty();
		}
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			ScoredChunk s = sources.get(i);
			documents.add(new Document(s.chunk().id(), s.chunk().text(),
					Map.of("n", i + 1, "label", s.chunk().citationLabel())));
		}
		RetrievalAugmentationAdvisor rag = RetrievalAugmentationAdvisor.builder()
			.documentRetriever(query -> documents)
			.queryAugmenter(ContextualQueryAugmenter.builder()
				.promptTemplate(new PromptTemplate(PROMPT))
				.documentFormatter(ModelAnswers::numbered)
				.build())
			.build();
		String content;
		try {
			content = client.prompt().advisors(rag).user(plain(question)).call().content();
		}
		catch (RuntimeException ex) {
			log.warn("Chat model call failed ({}), answering extractively", rootCause(ex));
			return Optional.empty();
		}
		return validate(content, question, sources);
	}

	/** Spring AI's query compression: the follow-up and the last question become one standalone question. */
	Optional<String> compress(String followUp, FollowUpContext context) {
		if (context.lastQuestion() == null) {
			return Optional.empty();
		}
		try {
			Query standalone = compressor.transform(Query.builder()
				.text(plain(followUp))
				.history(List.of(new UserMessage(plain(context.lastQuestion()))))
				.build());
			String text = standalone.text();
			return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
		}
		catch (RuntimeException ex) {
			log.warn("Query compression failed ({}), using the rule-based follow-up", rootCause(ex));
			return Optional.empty();
		}
	}

	static String numbered(List<Document> documents) {
		StringBuilder sb = new StringBuilder();
		for (Document d : documents) {
			sb.append('[').append(d.getMetadata().get("n")).append("] ").append(d.getMetadata().get("label"))
				.append('\n').append(d.getText()).append("\n\n");
		}
		return sb.toString().strip();
	}

	/**
	 * Keeps a reply only if it cites at least one existing source, drops invalid [n], and rejects numbers that the
	 * cited sources (or the question) do not contain — amounts are never produced by the model.
	 */
	static Optional<Generated> validate(String content, String question, List<ScoredChunk> sources) {
		if (content == null || content.isBlank() || content.contains(INSUFFICIENT)) {
			return Optional.empty();
		}
		Set<Integer> cited = new LinkedHashSet<>();
		Matcher m = MARKER.matcher(content);
		StringBuilder kept = new StringBuilder();
		while (m.find()) {
			int n = Integer.parseInt(m.group(1));
			boolean valid = n >= 1 && n <= sources.size();
			if (valid) {
				cited.add(n);
			}
			m.appendReplacement(kept, valid ? "[" + n + "]" : "");
		}
		m.appendTail(kept);
		if (cited.isEmpty()) {
			return Optional.empty();
		}
		String withoutMarkers = MARKER.matcher(kept).replaceAll("");
		StringBuilder evidence = new StringBuilder(question);
		for (int n : cited) {
			evidence.append('\n').append(sources.get(n - 1).chunk().text());
		}
		if (StatedNumbers.in(evidence.toString()).firstUnsupportedIn(withoutMarkers).isPresent()) {
			log.warn("Model answer states a number its sources do not contain, answering extractively");
			return Optional.empty();
		}
		String text = MARKER.matcher(kept)
			.replaceAll(r -> Matcher.quoteReplacement(sources.get(Integer.parseInt(r.group(1)) - 1).chunk().citationLabel()))
			.strip();
		text = text.replaceAll("(【[^】]+】)(\\s*\\1)+", "$1");
		List<Citation> citations = new ArrayList<>();
		for (int n : cited) {
			ScoredChunk s = sources.get(n - 1);
			citations.add(ExtractiveAnswers.citation(s.chunk(), s.chunk().text()));
		}
		return Optional.of(new Generated(text, citations));
	}

	/** Braces would be read as template placeholders. */
	private static String plain(String text) {
		return text.replace('{', '（').replace('}', '）');
	}

	private static String rootCause(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t == ex ? ex.getClass().getSimpleName() : ex.getClass().getSimpleName() + " / " + t.getClass().getSimpleName();
	}

}
