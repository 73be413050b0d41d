package cn.jiangle.ecojustice.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.model.ChatModel;

import cn.jiangle.ecojustice.knowledge.index.ClauseModel;
import cn.jiangle.ecojustice.knowledge.index.PolicyIndex;
import cn.jiangle.ecojustice.knowledge.index.RefusalModel;
import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;
import cn.jiangle.ecojustice.knowledge.ingest.DocumentSource;

/**
 * The knowledge base: cited Chinese answers from the policy documents, a hard refusal for anything they do not cover,
 * and optionally a chat model that writes the answer from the retrieved clauses.
 *
 * <p>
 * Thread-safe. Refusals never call the model. Without a model every answer is extractive.
 */
public final class KnowledgeBase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

	private final KnowledgeProperties properties;

	private final DocumentSource source;

	private final PolicyIndex index;

	private final ExtractiveAnswers extractive = new ExtractiveAnswers();

	private final AnswerComposer composer = new AnswerComposer();

	private final Gaps gaps;

	private final ModelAnswers model;

	private final MessageReading reading;


	private KnowledgeBase(KnowledgeProperties properties, DocumentSource source, PolicyIndex index,
			ModelAnswers model, Thesaurus thesaurus, UnstatedModel unstatedModel) {
		this.properties = properties;
		this.source = source;
		this.index = index;
		this.model = model;
		Answerability answerability = Answerability.builtIn();
		this.gaps = new Gaps(index, answerability, thesaurus, unstatedModel);
		this.reading = new MessageReading(index, answerability, gaps::predicates);
	}

	/** Opens (building if needed) the knowledge base without a chat model. */
	public static KnowledgeBase open(KnowledgeProperties properties) {
		return open(properties, null);
	}

	/** Opens (building if needed) the knowledge base; {@code chatModel} may be null. */
	public static KnowledgeBase open(KnowledgeProperties properties, ChatModel chatModel) {
		return open(properties, chatModel, UnstatedModel.builtIn());
	}

	/** Opens the knowledge base answering by the hand-written rules alone, as the unstated model is fitted on. */
	static KnowledgeBase openRulesOnly(KnowledgeProperties properties) {
		return open(properties, null, null);
	}

	private static KnowledgeBase open(KnowledgeProperties properties, ChatModel chatModel, UnstatedModel unstatedModel) {
		Thesaurus thesaurus = properties.thesaurusFile() == null ? Thesaurus.builtIn()
				: Thesaurus.load(properties.thesaurusFile());
		DocumentSource source = documentsFor(properties);
		PolicyIndex index = PolicyIndex.at(properties.indexDir(), thesaurus, RefusalModel.builtIn(), ClauseModel.builtIn());
		try {
			index.refresh(source);
		}
		catch (RuntimeException ex) {
			index.close();
			throw ex;
		}
		return new KnowledgeBase(properties, source, index, chatModel == null ? null : new ModelAnswers(chatModel),
				thesaurus, unstatedModel);
	}

	/**
	 * Builds a fresh index generation (used by {@code kb reindex}) from the configured documents folder, else from the
	 * documents the current index was built from, else from the built-in documents.
	 */
	public static PolicyIndex.Build rebuild(KnowledgeProperties properties) {
		return rebuild(properties, documentsFor(properties));
	}

	/** Builds a fresh index generation from {@code source}; later opens without a documents folder keep using it. */
	public static PolicyIndex.Build rebuild(KnowledgeProperties properties, DocumentSource source) {
		Thesaurus thesaurus = properties.thesaurusFile() == null ? Thesaurus.builtIn()
				: Thesaurus.load(properties.thesaurusFile());
		try (PolicyIndex index = PolicyIndex.at(properties.indexDir(), thesaurus, RefusalModel.builtIn())) {
			return index.rebuild(source);
		}
	}

	/**
	 * Which documents the knowledge base serves: an explicitly configured folder wins; without one, the source the
	 * index on disk was built from (so that {@code kb reindex DIR} sticks), and the built-in documents for a new index.
	 * A recorded folder that has disappeared falls back to the built-in documents rather than failing start-up.
	 */
	public static DocumentSource documentsFor(KnowledgeProperties properties) {
		if (properties.documentsDir() != null) {
			return DocumentSource.directory(properties.documentsDir());
		}
		DocumentSource recorded = PolicyIndex.recorded(properties.indexDir())
			.map(info -> DocumentSource.described(info.source()))
			.orElseGet(DocumentSource::builtIn);
		if (!recorded.isBuiltIn() && !Files.isDirectory(Path.of(recorded.description()))) {
			log.warn("Knowledge documents folder {} the index was built from is gone; using the built-in documents",
					recorded.description());
			return DocumentSource.builtIn();
		}
		return recorded;
	}

	/** The documents this knowledge base serves and hash-checks against. */
	public DocumentSource documents() {
		return source;
	}

	/** Top {@code topK} (configured) clauses for a question. */
	public SearchResult search(String question) {
		return search(question, properties.topK());
	}

	/** Top {@code k} clauses for a question, and whether the documents answer it. */
	public SearchResult search(String question, int k) {
		Question q = Question.of(question, properties.maxQuestionLength());
		if (q.isBlank()) {
			return new SearchResult("", true, 0, List.of(), false, ExtractiveAnswers.BLANK);
		}
		Retrieval r = reading.search(q.text(), k);
		String read = r.question();
		Optional<ManagerRoles.Lead> claim = gaps.settled(read, r);
		Optional<ManagerRoles.Lead> unstated = claim.isPresent() ? Optional.empty() : gaps.unstatedFact(read);
		Optional<String> gap = claim.isPresent() ? Optional.<String>empty()
				: unstated.map(ManagerRoles.Lead::text)
					.or(() -> gaps.rules(read, AskedFor.of(read), r).filter(g -> !gaps.earlierPartAnswered(read, r)))
					.filter(g -> !reading.gapOnlyInStory(read, r, k));
		if (gap.isEmpty() && claim.isEmpty()) {
			// the model is asked first: it rarely speaks, and the stated lead costs a scan of the clauses
			gap = gaps.learned(read, r, AskedFor.of(read)).filter(g -> gaps.statedLead(read).isEmpty());
		}
		List<Hit> hits = new ArrayList<>();
		for (ScoredChunk s : r.hits()) {
			Chunk c = s.chunk();
			hits.add(new Hit(c.doc(), c.title(), c.section(), c.clauseId(), c.text(), s.snippet(), s.score(),
					c.source(), c.start(), c.end()));
		}
		// as in ask: an agency's part in a restoration path is answered even when search doubts
		boolean answerable = r.answerable() || claim.isPresent() || (gap.isEmpty() && gaps.statedLead(r.question()).isPresent());
		return new SearchResult(q.text(), !answerable || gap.isPresent(), r.confidence(), hits, q.truncated(),
				gap.orElse(null), gap.isPresent());
	}

	/** Answers a standalone question. */
	public Answer ask(String question) {
		return ask(question, FollowUpContext.NONE);
	}

	/**
	 * Answers a question, reading it as a follow-up of {@code context} where it looks like one. The returned answer
	 * carries the context for the asker's next question.
	 */
	public Answer ask(String question, FollowUpContext context) {
		FollowUpContext previous = context == null ? FollowUpContext.NONE : context;
		Question q = Question.of(question, properties.maxQuestionLength());
		if (q.isBlank()) {
			return new Answer("", true, ExtractiveAnswers.BLANK, List.of(), List.of(), Answer.Mode.EXTRACTIVE, false,
					previous, "");
		}
		int k = Math.max(3, properties.topK());
		Retrieval retrieval = reading.search(q.text(), k);
		String searched = retrieval.question();
		boolean followUp = false;
		FollowUpContext referredTo = FollowUps.relevantTo(q.text(), previous);
		if (FollowUps.candidate(q.text(), retrieval, referredTo) && !referredTo.isEmpty()) {
			referredTo = FollowUps.subjectFor(retrieval, referredTo);
			String rewritten = Question.of(FollowUps.rewrite(q.text(), referredTo), properties.maxQuestionLength()).text();
			Retrieval combined = index.search(rewritten, k);
			// only elliptical turns get here: their own words say too little to stand alone
			if (combined.answerable()) {
				retrieval = combined;
				searched = rewritten;
				followUp = true;
			}
		}
		AskedFor asked = AskedFor.of(searched);
		// a claim about who holds a role is settled by the sentence naming the holder, whatever word its premise uses
		Optional<ManagerRoles.Lead> claim = gaps.settled(searched, retrieval);
		// a place or a date the documents leave out is said as the gap, with the sentence that comes closest
		Optional<ManagerRoles.Lead> unstated = claim.isPresent() ? Optional.empty() : gaps.unstatedFact(searched);
		Retrieval asRetrieved = retrieval;
		String asRead = searched;
		Optional<String> gap = claim.isPresent() ? Optional.empty()
				: unstated.map(ManagerRoles.Lead::text)
					.or(() -> gaps.rules(asRead, asked, asRetrieved))
					.filter(g -> !reading.gapOnlyInStory(asRead, asRetrieved, k));
		// the gap of a later question in the message is said after the answer to an earlier one
		Retrieval searchedRetrieval = retrieval;
		String aside = gap.filter(g -> gaps.earlierPartAnswered(q.text(), searchedRetrieval))
			.map(g -> "\n另：" + g)
			.orElse("");
		if (!aside.isEmpty()) {
			gap = Optional.empty();
		}
		if (claim.isPresent()) {
			// 「碳汇是到金森买的吧 要带身份证吗」: the lead settles the claim; what the later question asks may be left out
			aside = LaterQuestions.afterClaim(q.text())
				.flatMap(later -> gaps.rules(later, AskedFor.of(later), searchedRetrieval))
				.map(g -> "\n另：" + g)
				.orElse(aside);
		}
		// an agency's part in a restoration path is stated in one phrase the lead finds even when search doubts
		String read = searched;
		Optional<ManagerRoles.Lead> part = gap.isPresent() ? Optional.empty() : claim.or(() -> gaps.statedLead(read));
		if (gap.isEmpty() && part.isEmpty() && aside.isEmpty()) {
			gap = gaps.learned(read, retrieval, asked);
		}
		if (!retrieval.answerable() && gap.isEmpty() && part.isEmpty()) {
			List<Citation> suggestions = extractive.suggestions(retrieval);
			boolean notice = SentencingNotice.applies(q.text(), "");
			String text = extractive.refusalText(suggestions) + (notice ? "\n" + SentencingNotice.NOTICE : "");
			return new Answer(q.text(), true, text, List.of(), suggestions, Answer.Mode.EXTRACTIVE, notice,
					FollowUpContext.NONE, searched);
		}
		Optional<ManagerRoles.Lead> role = gap.isPresent()
				? unstated.map(u -> new ManagerRoles.Lead("", u.quotes(), u.docs())).filter(u -> !u.quotes().isEmpty())
				: claim.or(() -> ManagerRoles.lead(read, index.chunks())).or(() -> part);
		// a wrong claim opening the message (「我们村是主管部门对吧 那……」) is corrected before the later question's answer
		String note = reading.correction(q.text(), role) + (followUp ? FollowUps.readingNote(referredTo) + "\n" : "");
		if (model != null && gap.isEmpty() && role.isEmpty()) {
			if (followUp) {
				Optional<String> compressed = model.compress(q.text(), previous);
				if (compressed.isPresent()) {
					Retrieval standalone = index.search(Question.of(compressed.get(), properties.maxQuestionLength()).text(), k);
					if (standalone.answerable()) {
						retrieval = standalone;
						searched = standalone.question();
					}
				}
			}
			Optional<ModelAnswers.Generated> generated = model.answer(searched, retrieval.hits());
			if (generated.isPresent()) {
				return finish(q.text(), note + generated.get().text() + aside, generated.get().citations(),
						Answer.Mode.MODEL, retrieval, searched, previous, asked, false);
			}
		}
		AnswerComposer.Composition composed = composer.compose(searched, retrieval, asked, gap, role, index.chunks());
		return finish(q.text(), note + composed.text() + aside, composed.citations(), Answer.Mode.EXTRACTIVE, retrieval,
				searched, previous, asked, gap.isPresent());
	}

	/** How a question is read and what it retrieves, as {@link #ask} sees it (to fit the unstated model). */
	Retrieval read(String question) {
		return reading.search(Question.of(question, properties.maxQuestionLength()).text(), Math.max(3, properties.topK()));
	}

	private Answer finish(String question, String text, List<Citation> citations, Answer.Mode mode,
			Retrieval retrieval, String searched, FollowUpContext previous, AskedFor asked, boolean notCovered) {
		boolean notice = asked.aboutOutcome() || SentencingNotice.applies(question, text);
		String full = notice ? text + "\n" + SentencingNotice.NOTICE : text;
		List<String> topic = retrieval.topicTerms().isEmpty() ? previous.topicTerms() : retrieval.topicTerms();
		return new Answer(question, false, full, citations, List.of(), mode, notice,
				new FollowUpContext(searched, topic), searched, notCovered);
	}

	/** Rebuilds the index from the configured documents even if nothing changed. */
	public PolicyIndex.Build reindex() {
		PolicyIndex.Build build = index.rebuild(source);
		log.info("Knowledge index rebuilt: {} documents, {} chunks", build.info().documents(), build.info().chunks());
		return build;
	}

	/** Rebuilds the index only if the configured documents changed (content hash). */
	public PolicyIndex.Build refresh() {
		return index.refresh(source);
	}

	/** Whether answers may be written by a chat model. */
	public boolean modelEnabled() {
		return model != null;
	}

	/** The index (for evaluation and benchmarks). */
	public PolicyIndex index() {
		return index;
	}

	@Override
	public void close() {
		index.close();
	}

	/**
	 * A question cleaned for searching: control characters and runs of space collapsed, keyboard typos of the
	 * mechanism's words corrected, cut to the maximum.
	 */
	record Question(String text, boolean truncated) {

		static Question of(String raw, int maxLength) {
			if (raw == null) {
				return new Question("", false);
			}
			String cleaned = Typos.corrected(raw.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ")
				.replaceAll("[\\s\\u3000]+", " ")
				.strip());
			if (cleaned.codePointCount(0, cleaned.length()) <= maxLength) {
				return new Question(cleaned, false);
			}
			return new Question(cleaned.substring(0, cleaned.offsetByCodePoints(0, maxLength)).strip(), true);
		}

		boolean isBlank() {
			return text.isEmpty();
		}

	}

}
