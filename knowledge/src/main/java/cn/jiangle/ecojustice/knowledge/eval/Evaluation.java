package cn.jiangle.ecojustice.knowledge.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Retrieval, refusal and answer quality on a question file.
 * <ul>
 * <li>recall@1/3/5 and MRR over every question with evidence (in scope, and not-stated ones whose closest clause must
 * still be found): a hit counts when it {@link EvalQuestion#supports supports} the question, whether or not the system
 * abstained — as the scorer counts;</li>
 * <li>refusal precision and recall on out-of-scope questions;</li>
 * <li>not-stated handling: the share of {@code unstated} questions the system marks as not covered (abstains on);</li>
 * <li>false refusals: the share of answerable in-scope questions it abstains on;</li>
 * <li>evidence displayed: the share of answerable in-scope questions whose answer text shows an evidence string whole
 * — what a person reads, not what search found.</li>
 * </ul>
 */
public final class Evaluation {

	private Evaluation() {
	}

	/** A system under evaluation: the texts of its top hits, best first, whether it abstained, its answer text. */
	@FunctionalInterface
	public interface Searcher {

		Outcome search(String question, int k);

	}

	/**
	 * @param hitTexts texts of the top hits, best first
	 * @param abstained whether the system refused or marked the question as not covered
	 * @param answerText what the asker reads (null: the system shows no answer)
	 */
	public record Outcome(List<String> hitTexts, boolean abstained, String answerText) {

		/** A search-only system: the asker would read its best clause whole. */
		public Outcome(List<String> hitTexts, boolean abstained) {
			this(hitTexts, abstained, hitTexts.isEmpty() ? null : hitTexts.get(0));
		}

	}

	public record Metrics(String system, int questions, int inScope, int outOfScope, int notStated, double recallAt1,
			double recallAt3, double recallAt5, double mrr, double refusalPrecision, double refusalRecall,
			double falseRefusalRate, double notStatedHandled, double evidenceDisplayed, List<String> missedAt3,
			List<String> falselyRefused, List<String> notRefused, List<String> notStatedAnswered,
			List<String> evidenceHidden) {
	}

	public static Metrics evaluate(String name, List<EvalQuestion> questions, Searcher system) {
		int inScope = 0;
		int withEvidence = 0;
		int oos = 0;
		int unstated = 0;
		int r1 = 0;
		int r3 = 0;
		int r5 = 0;
		double rr = 0;
		int refusedOos = 0;
		int refusedIn = 0;
		int handledUnstated = 0;
		int displayed = 0;
		List<String> missed = new ArrayList<>();
		List<String> falselyRefused = new ArrayList<>();
		List<String> notRefused = new ArrayList<>();
		List<String> unstatedAnswered = new ArrayList<>();
		List<String> hidden = new ArrayList<>();
		for (EvalQuestion q : questions) {
			Outcome o = system.search(q.q(), 5);
			if (q.outOfScope()) {
				oos++;
				if (o.abstained()) {
					refusedOos++;
				}
				else {
					notRefused.add(q.id());
				}
				continue;
			}
			if (q.notStated()) {
				unstated++;
				if (o.abstained()) {
					handledUnstated++;
				}
				else {
					unstatedAnswered.add(q.id());
				}
			}
			else {
				inScope++;
				if (o.abstained()) {
					refusedIn++;
					falselyRefused.add(q.id());
				}
				if (!o.abstained() && EvalQuestion.displays(o.answerText(), q.evidence())) {
					displayed++;
				}
				else {
					hidden.add(q.id());
				}
			}
			withEvidence++;
			int rank = 0;
			for (int i = 0; i < o.hitTexts().size(); i++) {
				if (EvalQuestion.supports(o.hitTexts().get(i), q.evidence())) {
					rank = i + 1;
					break;
				}
			}
			if (rank == 1) {
				r1++;
			}
			if (rank >= 1 && rank <= 3) {
				r3++;
			}
			else {
				missed.add(q.id());
			}
			if (rank >= 1 && rank <= 5) {
				r5++;
				rr += 1.0 / rank;
			}
		}
		int refused = refusedOos + refusedIn;
		return new Metrics(name, questions.size(), inScope, oos, unstated, ratio(r1, withEvidence),
				ratio(r3, withEvidence), ratio(r5, withEvidence), withEvidence == 0 ? 0 : rr / withEvidence,
				refused == 0 ? 0 : ratio(refusedOos, refused), ratio(refusedOos, oos), ratio(refusedIn, inScope),
				ratio(handledUnstated, unstated), ratio(displayed, inScope), missed, falselyRefused, notRefused,
				unstatedAnswered, hidden);
	}

	private static double ratio(int a, int b) {
		return b == 0 ? 0 : (double) a / b;
	}

	/** The metrics of several systems side by side. */
	public static String table(List<Metrics> rows) {
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s %7s %10s %10s %10s %14s %10s%n", "system",
				"recall@1", "recall@3", "recall@5", "MRR@5", "refusal-P", "refusal-R", "not-stated", "false-refusal",
				"evidence"));
		for (Metrics m : rows) {
			sb.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %7.3f %10.3f %10.3f %10.3f %14.3f %10.3f%n",
					m.system(), m.recallAt1(), m.recallAt3(), m.recallAt5(), m.mrr(), m.refusalPrecision(),
					m.refusalRecall(), m.notStatedHandled(), m.falseRefusalRate(), m.evidenceDisplayed()));
		}
		Metrics first = rows.get(0);
		sb.append(String.format(Locale.ROOT,
				"questions: %d (%d in scope, %d on topic but not stated, %d out of scope); recall over in scope + "
						+ "not stated; not-stated = share marked not covered; evidence = share of in-scope answers "
						+ "showing an evidence string whole%n",
				first.questions(), first.inScope(), first.notStated(), first.outOfScope()));
		for (Metrics m : rows) {
			sb.append(String.format(Locale.ROOT,
					"%s — missed@3: %s; falsely refused: %s; not refused: %s; not-stated answered: %s; evidence "
							+ "hidden: %s%n",
					m.system(), list(m.missedAt3()), list(m.falselyRefused()), list(m.notRefused()),
					list(m.notStatedAnswered()), list(m.evidenceHidden())));
		}
		return sb.toString();
	}

	private static String list(List<String> ids) {
		return ids.isEmpty() ? "-" : String.join(" ", ids);
	}

}
