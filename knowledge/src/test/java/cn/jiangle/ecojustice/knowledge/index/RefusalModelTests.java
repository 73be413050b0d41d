package cn.jiangle.ecojustice.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RefusalModelTests {

	@Test
	void fittedModelSeparatesAnswerableFromUnanswerable() {
		List<Signals> x = new ArrayList<>();
		List<Boolean> y = new ArrayList<>();
		Random random = new Random(7);
		for (int i = 0; i < 60; i++) {
			x.add(new Signals(0.7 + 0.3 * random.nextDouble(), 0.5 + 0.5 * random.nextDouble(), 0.3, 0.3, 1, 3));
			y.add(true);
			x.add(new Signals(0.4 * random.nextDouble(), 0.3 * random.nextDouble(), 0.4, 0.5, 0, 3));
			y.add(false);
		}
		RefusalModel model = RefusalModel.of(RefusalModel.fit(x, y, 0.01, 0.0));
		for (int i = 0; i < x.size(); i++) {
			assertThat(model.answerable(x.get(i))).as("example %d", i).isEqualTo(y.get(i));
		}
		assertThat(model.weights().coverage()).isPositive();
		assertThat(model.weights().anchored()).isPositive();
	}

	@Test
	void thresholdIsLoweredToKeepFalseRefusalsWithinTheBound() {
		List<Signals> x = new ArrayList<>();
		List<Boolean> y = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			x.add(new Signals(0.9, 0.9, 0.4, 0.3, 1, 3));
			y.add(true);
			x.add(new Signals(0.1, 0.1, 0.4, 0.3, 0, 3));
			y.add(false);
		}
		// an answerable question that looks out of scope
		Signals hard = new Signals(0.35, 0.3, 0.4, 0.3, 0, 3);
		x.add(hard);
		y.add(true);
		RefusalModel strict = RefusalModel.of(RefusalModel.fit(x, y, 0.01, 0.10));
		RefusalModel lenient = RefusalModel.of(RefusalModel.fit(x, y, 0.01, 0.0));
		assertThat(strict.answerable(hard)).isFalse();
		assertThat(lenient.answerable(hard)).isTrue();
		assertThat(lenient.weights().threshold()).isLessThan(strict.weights().threshold());
	}

	@Test
	void questionWithoutContentWordsOrWithoutAnyMatchIsNeverAnswerable() {
		RefusalModel model = RefusalModel.builtIn();
		assertThat(model.answerable(new Signals(1, 1, 1, 1, 1, 0))).isFalse();
		assertThat(model.probability(Signals.NONE)).isZero();
		// an anchor word alone (「砍自家的竹子要办证吗」 matches nothing) does not make a question answerable
		assertThat(model.answerable(new Signals(0.3, 0, 0, 0, 1, 3))).isFalse();
		assertThat(model.answerable(new Signals(1, 1, 0.4, 0.3, 1, 3))).isTrue();
	}

	@Test
	void shippedWeightsRoundTripThroughProperties() {
		RefusalModel.Weights w = RefusalModel.builtIn().weights();
		assertThat(w.toProperties()).contains("bias=", "anchored=", "threshold=");
		assertThat(w.threshold()).isBetween(0.05, 0.5);
	}

}
