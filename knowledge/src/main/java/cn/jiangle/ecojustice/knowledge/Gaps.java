package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.knowledge.index.PolicyIndex;
import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * The decisions {@code ask} and {@code search} share about a read question: which lead settles it, what the documents
 * leave open by the rules, and what the learned model says they leave open where no rule found a gap.
 */
final class Gaps {

	private final PolicyIndex index;

	private final Answerability answerability;

	private final Thesaurus thesaurus;

	/** The learned second opinion on unstated questions; null decides by the rules alone (to fit the model). */
	private final UnstatedModel model;

	/** Built from the chunks of the open index generation; rebuilt when a reindex swaps them. */
	private volatile Predicates predicates = new Predicates(List.of(), null);

	private record Predicates(List<Chunk> chunks, UnstatedPredicates of) {
	}

	Gaps(PolicyIndex index, Answerability answerability, Thesaurus thesaurus, UnstatedModel model) {
		this.index = index;
		this.answerability = answerability;
		this.thesaurus = thesaurus;
		this.model = model;
	}

	UnstatedPredicates predicates() {
		List<Chunk> chunks = index.chunks();
		Predicates current = predicates;
		if (current.of() == null || current.chunks() != chunks) {
			StringBuilder text = new StringBuilder();
			chunks.forEach(c -> text.append(Thesaurus.normalize(c.text())).append('\n'));
			current = new Predicates(chunks, new UnstatedPredicates(text.toString(), thesaurus));
			predicates = current;
		}
		return current.of();
	}

	/**
	 * A lead that settles the question whatever words its premise uses: a claim about who holds a role or about what
	 * buying carbon sinks brings, whether a body issued a document (「公安局也盖章了吗」 is answered by the header, though
	 * no clause speaks of seals).
	 */
	Optional<ManagerRoles.Lead> settled(String question, Retrieval retrieval) {
		// 「买碳汇是去金森买对吧 要不要带户口本」: a claim followed by a question the documents leave out is settled on
		// its own, and the later question's gap said beside it
		return settledAsWhole(question).or(() -> LaterQuestions.afterClaim(question)
			.filter(later -> rules(later, AskedFor.of(later), retrieval).isPresent())
			.flatMap(later -> LaterQuestions.claim(question))
			.flatMap(this::settledAsWhole));
	}

	private Optional<ManagerRoles.Lead> settledAsWhole(String question) {
		return Leads.settling(question, index.chunks()).or(() -> ManagerRoles.verdict(question, index.chunks()));
	}

	/** A place or a date the documents leave out, said as the gap with the sentence that comes closest. */
	Optional<ManagerRoles.Lead> unstatedFact(String question) {
		return Leads.unstated(question, index.chunks());
	}

	/** An agency's part in a restoration path, stated in one phrase the lead finds even when search doubts. */
	Optional<ManagerRoles.Lead> statedLead(String question) {
		return Leads.stated(question, index.chunks());
	}

	/** What the hand-written rules say the clauses leave open. */
	Optional<String> rules(String question, AskedFor asked, Retrieval retrieval) {
		return answerability.gap(question, asked, retrieval, predicates());
	}

	/** Whether an earlier question of the message is answered, so that a later one's gap is said beside it. */
	boolean earlierPartAnswered(String question, Retrieval retrieval) {
		return answerability.earlierPartAnswered(question, retrieval, predicates());
	}

	/**
	 * What the learned model says the documents leave open where no rule found a gap; never when an earlier question
	 * of the message is answered, since the later one's gap is then said beside the answer.
	 */
	Optional<String> learned(String read, Retrieval retrieval, AskedFor asked) {
		if (model == null) {
			return Optional.empty();
		}
		return model.gap(read, retrieval, Answerability.topic(asked, retrieval))
			.filter(g -> !earlierPartAnswered(read, retrieval));
	}

}
