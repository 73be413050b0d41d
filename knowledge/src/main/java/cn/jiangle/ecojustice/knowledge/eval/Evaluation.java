package cn.jiangle.ecojustice.knowledge.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Retrieval and refusal quality on a question file: recall@1/3/5 and MRR on in-scope questions (a hit counts when it
 * {@link EvalQuestion#supports supports} the question, whether or not the system abstained — as the scorer counts),
 * refusal precision and recall on out-of-scope questions, and the false-refusal rate on in-scope ones.
 */
public final class Evaluation {

	private Evaluation() {
	}

	/** A system under evaluation: the texts of its top hits, best first, and whether it abstained. */
	@FunctionalInterface
	public interface Searcher {

		Outcome search(String question, int k);

	}

	public record Outcome(List<String> hitTexts, boolean abstained) {
	}

	public record Metrics(String system, int questions, int inScope, int outOfScope, double recallAt1,
			double recallAt3, double recallAt5, double mrr, double refusalPrecision, double refusalRecall,
			double falseRefusalRate, List<String> missedAt3, List<String> falselyRefused, List<String> notRefused) {
	}

	public static Metrics evaluate(String name, List<EvalQuestion> questions, Searcher system) {
		int inScope = 0;
		int oos = 0;
		int r1 = 0;
		int r3 = 0;
		int r5 = 0;
		double rr = 0;
		int refusedOos = 0;
		int refusedIn = 0;
		List<String> missed = new ArrayList<>();
		List<String> falselyRefused = new ArrayList<>();
		List<String> notRefused = new ArrayList<>();
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
			inScope++;
			if (o.abstained()) {
				refusedIn++;
				falselyRefused.add(q.id());
			}
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
		return new Metrics(name, questions.size(), inScope, oos, ratio(r1, inScope), ratio(r3, inScope),
				ratio(r5, inScope), inScope == 0 ? 0 : rr / inScope, refused == 0 ? 0 : ratio(refusedOos, refused),
				ratio(refusedOos, oos), ratio(refusedIn, inScope), missed, falselyRefused, notRefused);
	}

	private static double ratio(int a, int b) {
		return b == 0 ? 0 : (double) a / b;
	}

	/** The metrics of several systems side by side. */
	public static String table(List<Metrics> rows) {
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s %7s %11s %11s %14s%n", "system", "recall@1",
				"recall@3", "recall@5", "MRR@5", "refusal-P", "refusal-R", "false-refusal"));
		for (Metrics m : rows) {
			sb.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %7.3f %11.3f %11.3f %14.3f%n", m.system(),
					m.recallAt1(), m.recallAt3(), m.recallAt5(), m.mrr(), m.refusalPrecision(), m.refusalRecall(),
					m.falseRefusalRate()));
		}
		Metrics first = rows.get(0);
		sb.append(String.format(Locale.ROOT, "questions: %d (%d in scope, %d out of scope)%n", first.questions(),
				first.inScope(), first.outOfScope()));
		for (Metrics m : rows) {
			sb.append(String.format(Locale.ROOT, "%s — missed@3: %s; falsely refused: %s; not refused: %s%n",
					m.system(), list(m.missedAt3()), list(m.falselyRefused()), list(m.notRefused())));
		}
		return sb.toString();
	}

	private static String list(List<String> ids) {
		return ids.isEmpty() ? "-" : String.join(" ", ids);
	}

}
