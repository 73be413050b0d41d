package cn.jiangle.ecojustice.knowledge.eval;

import java.util.ArrayList;
import java.util.List;

import cn.jiangle.ecojustice.knowledge.index.PolicyIndex;
import cn.jiangle.ecojustice.knowledge.index.RefusalModel;
import cn.jiangle.ecojustice.knowledge.index.Signals;

/**
 * Fits the refusal model on labelled questions (out-of-scope ones must be refused) and reports how it does in sample
 * and under leave-one-out cross-validation — the honest estimate for questions it has not seen.
 */
public final class Calibration {

	static final double L2 = 0.01;

	private Calibration() {
	}

	public record Result(RefusalModel.Weights weights, int examples, int outOfScope, double falseRefusal,
			double refusalRecall, double crossValidatedFalseRefusal, double crossValidatedRefusalRecall) {
	}

	public static Result run(PolicyIndex index, List<EvalQuestion> questions, double maxFalseRefusal) {
		List<Signals> signals = new ArrayList<>();
		List<Boolean> answerable = new ArrayList<>();
		for (EvalQuestion q : questions) {
			signals.add(index.search(q.q(), 5).signals());
			answerable.add(!q.outOfScope());
		}
		RefusalModel.Weights weights = RefusalModel.fit(signals, answerable, L2, maxFalseRefusal);
		RefusalModel model = RefusalModel.of(weights);
		int[] inSample = count(signals, answerable, i -> model.answerable(signals.get(i)));
		int[] crossValidated = count(signals, answerable, i -> {
			List<Signals> s = new ArrayList<>(signals);
			List<Boolean> a = new ArrayList<>(answerable);
			s.remove(i);
			a.remove(i);
			return RefusalModel.of(RefusalModel.fit(s, a, L2, maxFalseRefusal)).answerable(signals.get(i));
		});
		int positives = (int) answerable.stream().filter(b -> b).count();
		int negatives = answerable.size() - positives;
		return new Result(weights, questions.size(), negatives, ratio(inSample[0], positives),
				ratio(inSample[1], negatives), ratio(crossValidated[0], positives), ratio(crossValidated[1], negatives));
	}

	/** [in-scope refused, out-of-scope refused] under a decision rule. */
	private static int[] count(List<Signals> signals, List<Boolean> answerable, Decision decision) {
		int falseRefusals = 0;
		int refusals = 0;
		for (int i = 0; i < signals.size(); i++) {
			boolean accept = decision.answerable(i);
			if (answerable.get(i) && !accept) {
				falseRefusals++;
			}
			if (!answerable.get(i) && !accept) {
				refusals++;
			}
		}
		return new int[] { falseRefusals, refusals };
	}

	private static double ratio(int a, int b) {
		return b == 0 ? 0 : (double) a / b;
	}

	@FunctionalInterface
	private interface Decision {

		boolean answerable(int index);

	}

}
